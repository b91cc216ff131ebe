package io.fleet.gateway.server.session;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the stream writes in flight instead of buffering: a connection with {@code perChannel} pending writes
 * stops reading until half of them completed, and with {@code global} pending on the node every connection
 * stops. Terminals keep what was not acknowledged and resend it later as blind-area data.
 * {@link #started} and {@link #finished} run on the session's event loop.
 */
public final class BackPressure {

    private final int perChannel;
    private final int global;
    private final ChannelGroup channels;
    private final GatewayMetrics metrics;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean globallyPaused = new AtomicBoolean();

    public BackPressure(int perChannel, int global, ChannelGroup channels, GatewayMetrics metrics) {
        this.perChannel = perChannel;
        this.global = global;
        this.channels = channels;
        this.metrics = metrics;
    }

    public void started(TerminalSession session) {
        if (session.addPendingWrite() >= perChannel && session.readGate().pause(ReadGate.Reason.CHANNEL_BACKLOG)) {
            metrics.backPressurePause("channel");
        }
        if (pending.incrementAndGet() >= global && globallyPaused.compareAndSet(false, true)) {
            metrics.backPressurePause("global");
            channels.forEach(channel -> ReadGate.pauseLater(channel, ReadGate.Reason.GLOBAL_BACKLOG));
        }
    }

    public void finished(TerminalSession session) {
        if (session.removePendingWrite() <= perChannel / 2) {
            session.readGate().resume(ReadGate.Reason.CHANNEL_BACKLOG);
        }
        if (pending.decrementAndGet() <= global / 2 && globallyPaused.compareAndSet(true, false)) {
            channels.forEach(channel -> ReadGate.resumeLater(channel, ReadGate.Reason.GLOBAL_BACKLOG));
        }
    }

    /** A connection accepted while the node is saturated starts paused. */
    public void accepted(Channel channel) {
        if (globallyPaused.get()) {
            ReadGate.pauseLater(channel, ReadGate.Reason.GLOBAL_BACKLOG);
        }
    }

    public int pending() {
        return pending.get();
    }
}
