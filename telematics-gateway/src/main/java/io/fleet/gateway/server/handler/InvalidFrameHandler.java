package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.RateLimitedLog;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.LoggerFactory;

/**
 * Frames the codec rejected: counted by kind, logged (rate-limited), and answered with 0x8001 "message error"
 * when the header was readable so the terminal knows to resend. The connection stays open.
 */
@ChannelHandler.Sharable
public final class InvalidFrameHandler extends ChannelInboundHandlerAdapter {

    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(InvalidFrameHandler.class),
            10_000);

    private final GatewayMetrics metrics;

    public InvalidFrameHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof InvalidMessage invalid)) {
            ctx.fireChannelRead(msg);
            return;
        }
        metrics.decodeError(invalid.kind());
        LOG.warn(invalid.kind().code(), "Rejected frame from {}: {}", ctx.channel().remoteAddress(), invalid);
        invalid.parsedHeader().ifPresent(header -> Replies.general(ctx, header, GeneralResponse.MESSAGE_ERROR));
    }
}
