package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.subpacket.PacketResendRequest;
import io.fleet.gateway.server.downlink.DownlinkDispatcher;
import io.fleet.gateway.server.downlink.PendingCommands;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Hands terminal answers (0x0001, 0x0104, 0x0107, 0x0201, 0x0805, 0x0A00) to the downlink dispatcher, which matches
 * them to pending commands by serial, and passes every message on: a 0x0201 is also a position to store. A 0x0005
 * (resend packets of a multi-packet command) is handled here: the packets go out again, and 0x8001 answers it.
 */
@ChannelHandler.Sharable
public final class DownlinkAnswerHandler extends ChannelInboundHandlerAdapter {

    private final DownlinkDispatcher downlinks;

    public DownlinkAnswerHandler(DownlinkDispatcher downlinks) {
        this.downlinks = downlinks;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Jt808Message message && message.body() instanceof PacketResendRequest request) {
            boolean resent = downlinks.resendPackets(TerminalSession.of(ctx.channel()), request);
            Replies.general(ctx, message.header(), resent ? GeneralResponse.SUCCESS : GeneralResponse.FAILURE);
            return;
        }
        if (msg instanceof Jt808Message message && PendingCommands.isAnswer(message.messageId())) {
            downlinks.answered(TerminalSession.of(ctx.channel()), message);
        }
        ctx.fireChannelRead(msg);
    }
}
