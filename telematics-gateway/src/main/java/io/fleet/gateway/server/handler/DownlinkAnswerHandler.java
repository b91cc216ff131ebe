package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.server.downlink.DownlinkDispatcher;
import io.fleet.gateway.server.downlink.PendingCommands;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Hands terminal answers (0x0001, 0x0104, 0x0107, 0x0201, 0x0805) to the downlink dispatcher, which matches them
 * to pending commands by serial. Passes every message on: a 0x0201 is also a position to store.
 */
@ChannelHandler.Sharable
public final class DownlinkAnswerHandler extends ChannelInboundHandlerAdapter {

    private final DownlinkDispatcher downlinks;

    public DownlinkAnswerHandler(DownlinkDispatcher downlinks) {
        this.downlinks = downlinks;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Jt808Message message && PendingCommands.isAnswer(message.messageId())) {
            downlinks.answered(TerminalSession.of(ctx.channel()), message);
        }
        ctx.fireChannelRead(msg);
    }
}
