package io.fleet.gateway.server.session;

import io.netty.channel.Channel;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides a channel's autoRead from every reason to stop reading at once, so one concern resuming (the rate
 * limit) cannot undo another's pause (a Redis backlog). Event-loop only.
 */
public final class ReadGate {

    /** Why a channel does not read. */
    public enum Reason {
        /** Too many frames per second from this terminal. */
        RATE_LIMIT,
        /** Too many of this connection's stream writes in flight. */
        CHANNEL_BACKLOG,
        /** Too many stream writes in flight on the whole node. */
        GLOBAL_BACKLOG,
        /** Authentication is being checked; later frames wait rather than being refused. */
        AUTHENTICATING,
        /** The gateway is stopping: pending writes finish, no new ones start. */
        SHUTDOWN
    }

    private final Channel channel;
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    public ReadGate(Channel channel) {
        this.channel = channel;
    }

    /** Returns true if the reason was new. */
    public boolean pause(Reason reason) {
        boolean added = reasons.add(reason);
        channel.config().setAutoRead(false);
        return added;
    }

    public void resume(Reason reason) {
        reasons.remove(reason);
        if (reasons.isEmpty()) {
            channel.config().setAutoRead(true);
        }
    }

    /** Pauses {@code channel} for {@code reason} from any thread (hops to its event loop). */
    public static void pauseLater(Channel channel, Reason reason) {
        onLoop(channel, gate -> gate.pause(reason));
    }

    /** Resumes {@code channel} for {@code reason} from any thread (hops to its event loop). */
    public static void resumeLater(Channel channel, Reason reason) {
        onLoop(channel, gate -> gate.resume(reason));
    }

    private static void onLoop(Channel channel, Consumer<ReadGate> action) {
        channel.eventLoop().execute(() -> {
            TerminalSession session = TerminalSession.of(channel);
            if (session != null) {
                action.accept(session.readGate());
            }
        });
    }

    public boolean isPaused() {
        return !reasons.isEmpty();
    }

    public boolean isPausedFor(Reason reason) {
        return reasons.contains(reason);
    }
}
