package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.subpacket.RetransmissionNeeded;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** Turns the reassembly stage's "packets missing" notices into 0x8003 requests to the terminal. */
@ChannelHandler.Sharable
public final class RetransmissionRequestHandler extends ChannelInboundHandlerAdapter {

    public static final RetransmissionRequestHandler INSTANCE = new RetransmissionRequestHandler();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof RetransmissionNeeded needed) {
            TerminalSession session = TerminalSession.of(ctx.channel());
            ctx.writeAndFlush(session.outgoing(needed.fragmentHeader(), needed.request()));
        } else {
            ctx.fireChannelRead(msg);
        }
    }
}
