package io.fleet.gateway.server.handler;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** First in the pipeline: counts connections opened and open. */
@ChannelHandler.Sharable
public final class ConnectionCountHandler extends ChannelInboundHandlerAdapter {

    private final GatewayMetrics metrics;

    public ConnectionCountHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        metrics.connectionOpened();
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        metrics.connectionClosed();
        ctx.fireChannelInactive();
    }
}
