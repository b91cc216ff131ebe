package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** Counts valid frames in and frames out by message id; sits just inside the encoder so it sees typed messages. */
@ChannelHandler.Sharable
public final class FrameCountHandler extends ChannelDuplexHandler {

    private final GatewayMetrics metrics;

    public FrameCountHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Jt808Message message) {
            metrics.frameIn(MessageIdLabel.of(message.messageId()));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof Jt808Message message) {
            metrics.frameOut(MessageIdLabel.of(message.messageId()));
        }
        ctx.write(msg, promise);
    }
}
