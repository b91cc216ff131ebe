package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.RateLimitedLog;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.LoggerFactory;

/**
 * Frames the codec rejected: counted by kind, logged (rate-limited), and answered with 0x8001 "message error"
 * when the header was readable so the terminal knows to resend. A stored message id (0x0200, 0x0704, …) whose
 * body does not fit its layout is passed on as a raw body instead, to be stored and acknowledged like any other. The connection stays open, except after
 * {@link #MAX_TOO_LONG_IN_A_ROW} oversize frames with no valid one between: that is not a terminal talking
 * (garbage, another protocol, a port scan).
 */
@ChannelHandler.Sharable
public final class InvalidFrameHandler extends ChannelInboundHandlerAdapter {

    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(InvalidFrameHandler.class),
            10_000);

    static final int MAX_TOO_LONG_IN_A_ROW = 3;

    private final GatewayMetrics metrics;

    public InvalidFrameHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        TerminalSession session = TerminalSession.of(ctx.channel());
        if (!(msg instanceof InvalidMessage invalid)) {
            session.tooLongInARow(0);
            ctx.fireChannelRead(msg);
            return;
        }
        metrics.decodeError(invalid.kind());
        LOG.warn(invalid.kind().code(), "Rejected frame from {}: {}", ctx.channel().remoteAddress(), invalid);
        if (isUnreadableStoredMessage(invalid)) {
            // The check code shows these are the bytes the terminal sent: store them as they are (ingest keeps
            // an undecodable point with its raw bytes) rather than lose what the terminal will not send better.
            MessageHeader header = invalid.header();
            ctx.fireChannelRead(new Jt808Message(header, new RawBody(header.messageId(), invalid.body()),
                    invalid.body()));
            return;
        }
        invalid.parsedHeader().ifPresent(header -> Replies.general(ctx, header, GeneralResponse.MESSAGE_ERROR));
        if (invalid.kind() == InvalidKind.TOO_LONG
                && session.tooLongInARow(session.tooLongInARow() + 1) >= MAX_TOO_LONG_IN_A_ROW) {
            LOG.warn("too_long_close", "{} sent {} oversize frames in a row; closing", ctx.channel().remoteAddress(),
                    MAX_TOO_LONG_IN_A_ROW);
            ctx.close();
        }
    }

    private static boolean isUnreadableStoredMessage(InvalidMessage invalid) {
        return invalid.kind() == InvalidKind.MALFORMED_BODY && invalid.body() != null && invalid.header() != null
                && UplinkIngestHandler.isStored(invalid.header().messageId());
    }
}
