package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.ArrayDeque;

/**
 * Nothing from a connection goes further before its 0x0102 succeeded: such messages get a 0x8001 failure and
 * are counted as dropped. Messages that arrive while the authentication is being checked (terminals often send
 * a location right behind the 0x0102) are held, up to {@link #MAX_HELD}, and replayed once it is settled.
 * One per channel (holds state).
 */
public final class AuthGuardHandler extends ChannelInboundHandlerAdapter {

    static final int MAX_HELD = 32;

    private final GatewayMetrics metrics;
    private final ArrayDeque<Jt808Message> held = new ArrayDeque<>();

    public AuthGuardHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Jt808Message message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        TerminalSession.State state = TerminalSession.of(ctx.channel()).state();
        if (state == TerminalSession.State.AUTHENTICATED) {
            ctx.fireChannelRead(message);
        } else if (state == TerminalSession.State.AUTHENTICATING && held.size() < MAX_HELD) {
            held.add(message);
        } else {
            metrics.droppedBeforeAuth();
            Replies.general(ctx, message.header(), GeneralResponse.FAILURE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt != AuthSettled.INSTANCE) {
            ctx.fireUserEventTriggered(evt);
            return;
        }
        while (!held.isEmpty() && TerminalSession.of(ctx.channel()).state() != TerminalSession.State.AUTHENTICATING) {
            channelRead(ctx, held.poll());
        }
    }
}
