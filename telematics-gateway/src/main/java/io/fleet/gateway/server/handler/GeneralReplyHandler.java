package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.downlink.PendingCommands;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Authenticated messages nobody stored: heartbeat and logout get 0x8001 success (logout then closes), answers to
 * platform commands get nothing (answers are not answered), anything else 0x8001 "not supported".
 */
@ChannelHandler.Sharable
public final class GeneralReplyHandler extends ChannelInboundHandlerAdapter {

    public static final GeneralReplyHandler INSTANCE = new GeneralReplyHandler();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Jt808Message message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        int id = message.messageId();
        if (id == MessageIds.HEARTBEAT) {
            Replies.general(ctx, message.header(), GeneralResponse.SUCCESS);
        } else if (id == MessageIds.TERMINAL_LOGOUT) {
            Replies.general(ctx, message.header(), GeneralResponse.SUCCESS).addListener(ChannelFutureListener.CLOSE);
        } else if (!PendingCommands.isAnswer(id)) {
            Replies.general(ctx, message.header(), GeneralResponse.NOT_SUPPORTED);
        }
    }
}
