package io.fleet.gateway.server.downlink;

import io.fleet.gateway.codec.header.HeaderCodec;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.subpacket.PacketResendRequest;
import io.fleet.gateway.codec.subpacket.SubpacketSplitter;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.handler.MessageIdLabel;
import io.fleet.gateway.server.handler.UplinkEntry;
import io.fleet.gateway.server.session.SessionRegistry;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends downlink commands to the terminal's connection on this node and settles each exactly once: with the
 * terminal's answer, a timeout (on the channel's event loop timer), a write failure, or "offline". A body longer
 * than one frame takes (1023 bytes) goes out in packets (header bit 13) with consecutive serials, kept until the
 * command is settled so a terminal's 0x0005 can have packets sent again.
 */
public final class DownlinkDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DownlinkDispatcher.class);

    /** Body bytes per packet of a command too long for one frame: the largest a frame takes. */
    static final int MAX_PACKET_BODY = HeaderCodec.MAX_BODY_LENGTH;

    private final SessionRegistry sessions;
    private final DownlinkReporter reporter;
    private final GatewayMetrics metrics;

    public DownlinkDispatcher(SessionRegistry sessions, DownlinkReporter reporter, GatewayMetrics metrics) {
        this.sessions = sessions;
        this.reporter = reporter;
        this.metrics = metrics;
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
        List<Jt808Message> frames;
        if (command.body().length <= HeaderCodec.MAX_BODY_LENGTH) {
            frames = List.of(session.outgoingRaw(command.messageId(), command.body()));
        } else if (command.body().length <= MAX_PACKET_BODY * 0xffff) {
            frames = SubpacketSplitter.split(session.outgoingHeader(command.messageId(),
                    (command.body().length + MAX_PACKET_BODY - 1) / MAX_PACKET_BODY), command.body(), MAX_PACKET_BODY);
            metrics.subpackagedDownlink(MessageIdLabel.of(command.messageId()));
        } else {
            LOG.warn("Command {} to {} not sent: a body of {} bytes needs more than 65535 packets",
                    command.commandId(), command.phone(), command.body().length);
            reporter.report(command, DownlinkResult.FAILED);
            return;
        }
        int serial = frames.get(0).header().serial();
        ScheduledFuture<?> timeout = channel.eventLoop().schedule(() -> session.commands().remove(serial)
                .ifPresent(p -> reporter.report(p.command(), DownlinkResult.TIMEOUT)),
                command.timeoutMs(), TimeUnit.MILLISECONDS);
        session.commands().add(new PendingCommands.Pending(command, serial, timeout,
                frames.size() > 1 ? frames : List.of(), new BitSet()));
        for (int i = 0; i < frames.size(); i++) {
            boolean last = i == frames.size() - 1;
            ChannelFuture written = last ? channel.writeAndFlush(frames.get(i)) : channel.write(frames.get(i));
            written.addListener(result -> {
                if (!result.isSuccess()) {
                    LOG.warn("Command {} to {} not written: {}", command.commandId(), command.phone(),
                            result.cause().toString());
                    session.commands().remove(serial).ifPresent(p -> {
                        p.cancelTimeout();
                        reporter.report(p.command(), DownlinkResult.FAILED);
                    });
                }
            });
        }
    }

    /**
     * The terminal's 0x0005: send the listed packets of a multi-packet command again, with their original
     * serials. An unknown or already settled command is answered 0x8001 failure so the terminal stops waiting.
     * Event loop of its channel; returns whether the request named a pending command.
     */
    public boolean resendPackets(TerminalSession session, PacketResendRequest request) {
        Optional<PendingCommands.Pending> pending = session.commands().multiPacket(request.originalSerial());
        if (pending.isEmpty()) {
            return false;
        }
        List<Jt808Message> packets = pending.get().packets();
        for (int index : request.packetIndexes()) {
            if (index >= 1 && index <= packets.size()) {
                session.channel().write(packets.get(index - 1));
            }
        }
        session.channel().flush();
        return true;
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
