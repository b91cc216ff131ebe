package io.fleet.gateway.server.handler;

import io.fleet.gateway.server.RateLimitedLog;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Last in the pipeline. A socket error ends the connection quietly; anything else is a gateway bug: counted,
 * logged, and the connection kept, since one bad message must not cost the terminal its session.
 */
@ChannelHandler.Sharable
public final class ExceptionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionHandler.class);
    private static final RateLimitedLog RATE_LIMITED = new RateLimitedLog(LOG, 10_000);

    private final GatewayMetrics metrics;

    public ExceptionHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.debug("Connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
            return;
        }
        metrics.handlerError();
        RATE_LIMITED.warn(cause.getClass().getName(), "Unexpected error on {}", ctx.channel().remoteAddress(), cause);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // Everything reaching the tail was handled or deliberately ignored; nothing here holds a buffer.
        io.netty.util.ReferenceCountUtil.release(msg);
    }
}
