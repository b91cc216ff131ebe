package io.fleet.gateway.server.handler;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.session.ReadGate;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.concurrent.TimeUnit;

/**
 * Token-bucket limit of frames per second per connection. Over the limit the frame is still handled (it is read
 * already), but the connection stops reading until the bucket has refilled: a flood slows down, nothing is lost.
 */
@ChannelHandler.Sharable
public final class FrameRateLimitHandler extends ChannelInboundHandlerAdapter {

    private final GatewayMetrics metrics;

    public FrameRateLimitHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        long waitNanos = session.frameRate().take();
        ReadGate gate = session.readGate();
        if (waitNanos > 0 && gate.pause(ReadGate.Reason.RATE_LIMIT)) {
            metrics.rateLimitPause();
            ctx.executor().schedule(() -> gate.resume(ReadGate.Reason.RATE_LIMIT), waitNanos, TimeUnit.NANOSECONDS);
        }
        ctx.fireChannelRead(msg);
    }
}
