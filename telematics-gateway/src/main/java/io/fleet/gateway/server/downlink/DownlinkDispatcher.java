package io.fleet.gateway.server.downlink;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.server.handler.MessageIdLabel;
import io.fleet.gateway.server.handler.UplinkEntry;
import io.fleet.gateway.server.session.SessionRegistry;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends downlink commands to the terminal's connection on this node and settles each exactly once: with the
 * terminal's answer, a timeout (on the channel's event loop timer), a write failure, or "offline".
 */
public final class DownlinkDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DownlinkDispatcher.class);

    private final SessionRegistry sessions;
    private final DownlinkReporter reporter;

    public DownlinkDispatcher(SessionRegistry sessions, DownlinkReporter reporter) {
        this.sessions = sessions;
        this.reporter = reporter;
    }

    /** Thread-safe: hops to the connection's event loop. */
    public void deliver(DownlinkCommand command) {
        Optional<Channel> channel = sessions.find(command.phone());
        if (channel.isEmpty()) {
            reporter.report(command, DownlinkResult.OFFLINE);
            return;
        }
        Channel ch = channel.get();
        ch.eventLoop().execute(() -> send(ch, command));
    }

    private void send(Channel channel, DownlinkCommand command) {
        TerminalSession session = TerminalSession.of(channel);
        if (!channel.isActive() || !session.isAuthenticated()) {
            reporter.report(command, DownlinkResult.OFFLINE);
            return;
        }
        Jt808Message frame = session.outgoingRaw(command.messageId(), command.body());
        int serial = frame.header().serial();
        ScheduledFuture<?> timeout = channel.eventLoop().schedule(() -> session.commands().remove(serial)
                .ifPresent(p -> reporter.report(p.command(), DownlinkResult.TIMEOUT)),
                command.timeoutMs(), TimeUnit.MILLISECONDS);
        session.commands().add(new PendingCommands.Pending(command, serial, timeout));
        channel.writeAndFlush(frame).addListener(written -> {
            if (!written.isSuccess()) {
                LOG.warn("Command {} to {} not written: {}", command.commandId(), command.phone(),
                        written.cause().toString());
                session.commands().remove(serial).ifPresent(p -> {
                    p.cancelTimeout();
                    reporter.report(p.command(), DownlinkResult.FAILED);
                });
            }
        });
    }

    /** An answer from the terminal; event loop of its channel. */
    public void answered(TerminalSession session, Jt808Message reply) {
        session.commands().match(reply).ifPresent(match -> reporter.report(match.pending().command(), match.result(),
                MessageIdLabel.of(reply.messageId()), UplinkEntry.bodyBytes(reply)));
    }

    /** The connection is gone: whatever still waits for an answer will not get one here. */
    public void connectionClosed(TerminalSession session) {
        session.commands().drain().forEach(p -> reporter.report(p.command(), DownlinkResult.OFFLINE));
    }
}
