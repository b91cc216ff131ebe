package io.fleet.gateway.server.handler;

import io.fleet.gateway.server.RateLimitedLog;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.session.ReadGate;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Token-bucket limit of frames per second per connection. Over the limit the frame is still handled (it is read
 * already), but the connection stops reading until the bucket has refilled: a flood slows down, nothing is lost.
 */
@ChannelHandler.Sharable
public final class FrameRateLimitHandler extends ChannelInboundHandlerAdapter {

    private static final RateLimitedLog LOG = new RateLimitedLog(
            LoggerFactory.getLogger(FrameRateLimitHandler.class), 10_000);

    private final GatewayMetrics metrics;

    public FrameRateLimitHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        long waitNanos = session.frameRate().take();
        if (waitNanos > 0 && session.readGate().pause(ReadGate.Reason.RATE_LIMIT)) {
            metrics.rateLimitPause();
            LOG.warn("rate-limit", "{} ({}) is over its frame rate; not reading it for {} ms",
                    ctx.channel().remoteAddress(), session.phone() == null ? "not authenticated" : session.phone(),
                    TimeUnit.NANOSECONDS.toMillis(waitNanos));
            ctx.executor().schedule(() -> resumeWhenPaidOff(ctx, session), waitNanos, TimeUnit.NANOSECONDS);
        }
        ctx.fireChannelRead(msg);
    }

    /** Frames read after the pause began added debt, so check again rather than trust the first estimate. */
    private static void resumeWhenPaidOff(ChannelHandlerContext ctx, TerminalSession session) {
        long waitNanos = session.frameRate().waitNanos();
        if (waitNanos > 0) {
            ctx.executor().schedule(() -> resumeWhenPaidOff(ctx, session), waitNanos, TimeUnit.NANOSECONDS);
        } else {
            session.readGate().resume(ReadGate.Reason.RATE_LIMIT);
        }
    }
}
