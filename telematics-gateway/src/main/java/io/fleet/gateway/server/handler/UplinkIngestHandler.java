package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.multimedia.MultimediaUpload;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.RateLimitedLog;
import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.redis.RedisKeys;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.StreamAppender;
import io.fleet.gateway.server.session.BackPressure;
import io.fleet.gateway.server.session.ReplayFilter;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

/**
 * Stores uplinks in Redis streams: positions (0x0200, 0x0201, 0x0704 as one entry per frame) and events (0x0702,
 * 0x0800, 0x0801, 0x0900). The terminal's acknowledgement is written only once the XADD succeeded, so what is
 * acknowledged is stored; a failed XADD is answered 0x8001 failure and the terminal resends. A message equal to one
 * stored within the replay window is acknowledged again but not stored twice.
 */
@ChannelHandler.Sharable
public final class UplinkIngestHandler extends ChannelInboundHandlerAdapter {

    /** 0x8800: the answer to a multimedia upload (media id, then no packets to resend). */
    static final int MULTIMEDIA_UPLOAD_RESPONSE = 0x8800;
    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(UplinkIngestHandler.class),
            10_000);

    private final StreamAppender appender;
    private final RedisKeys keys;
    private final BackPressure backPressure;
    private final GatewayMetrics metrics;
    private final String nodeId;
    private final ReplayFilter replays;

    public UplinkIngestHandler(StreamAppender appender, RedisKeys keys, BackPressure backPressure,
                               GatewayMetrics metrics, String nodeId, ReplayFilter replays) {
        this.appender = appender;
        this.keys = keys;
        this.backPressure = backPressure;
        this.metrics = metrics;
        this.nodeId = nodeId;
        this.replays = replays;
    }

    /** The stream a message id is stored in, or null when it is not stored. */
    String streamOf(int messageId) {
        if (isPosition(messageId)) {
            return keys.positions();
        }
        return isEvent(messageId) ? keys.events() : null;
    }

    /** Whether messages of this id are stored (also when their body does not decode: see InvalidFrameHandler). */
    public static boolean isStored(int messageId) {
        return isPosition(messageId) || isEvent(messageId);
    }

    private static boolean isPosition(int messageId) {
        return messageId == MessageIds.LOCATION_REPORT || messageId == MessageIds.LOCATION_QUERY_RESPONSE
                || messageId == MessageIds.LOCATION_BATCH_UPLOAD;
    }

    private static boolean isEvent(int messageId) {
        return messageId == MessageIds.DRIVER_IDENTITY || messageId == MessageIds.MULTIMEDIA_EVENT
                || messageId == MessageIds.MULTIMEDIA_UPLOAD || messageId == MessageIds.TRANSPARENT_UPLINK;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        String stream = msg instanceof Jt808Message message ? streamOf(message.messageId()) : null;
        if (stream == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        Jt808Message message = (Jt808Message) msg;
        TerminalSession session = TerminalSession.of(ctx.channel());
        long fingerprint = replays.enabled() ? ReplayFilter.fingerprint(message.messageId(),
                message.header().serial(), UplinkEntry.bodyBytes(message)) : 0;
        if (replays.enabled() && replays.seen(session.phone(), fingerprint)) {
            metrics.duplicate();
            LOG.warn("duplicate", "0x{} serial {} of {} was stored already; acknowledged, not stored again",
                    MessageIdLabel.of(message.messageId()), message.header().serial(), session.phone());
            acknowledge(ctx, session, message, null);
            return;
        }
        long rx = System.currentTimeMillis();
        long started = System.nanoTime();
        backPressure.started(session);
        append(ctx, stream, session, message, rx).whenComplete((id, error) -> {
            if (error == null) {
                replays.stored(session.phone(), fingerprint);
            }
            try {
                ctx.executor().execute(() -> stored(ctx, session, message, stream, started, error));
            } catch (RejectedExecutionException shuttingDown) {
                backPressure.finished(session);
            }
        });
    }

    private CompletionStage<String> append(ChannelHandlerContext ctx, String stream, TerminalSession session,
                                           Jt808Message message, long rx) {
        try {
            Map<String, byte[]> fields = UplinkEntry.fields(session, message, rx, nodeId);
            return appender.append(stream, fields, ctx.executor());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void stored(ChannelHandlerContext ctx, TerminalSession session, Jt808Message message, String stream,
                        long startedNanos, Throwable error) {
        backPressure.finished(session);
        metrics.streamWrite(error == null, System.nanoTime() - startedNanos);
        if (error != null) {
            LOG.warn("xadd-failed", "Could not store 0x{} of {} in {}: {}", MessageIdLabel.of(message.messageId()),
                    session.phone(), stream, RedisLink.describe(error));
        }
        acknowledge(ctx, session, message, error);
    }

    /** The answer a stored (or already stored) message gets; a failed store gets 0x8001 failure. */
    private static void acknowledge(ChannelHandlerContext ctx, TerminalSession session, Jt808Message message,
                                    Throwable error) {
        if (message.messageId() == MessageIds.LOCATION_QUERY_RESPONSE) {
            return; // an answer to our 0x8201, not acknowledged itself
        }
        if (error == null && message.body() instanceof MultimediaUpload upload) {
            byte[] noneMissing = ByteBuffer.allocate(5).putInt((int) upload.mediaId()).put((byte) 0).array();
            ctx.writeAndFlush(session.outgoing(message.header(), new RawBody(MULTIMEDIA_UPLOAD_RESPONSE, noneMissing)));
            return;
        }
        Replies.general(ctx, message.header(), error == null ? GeneralResponse.SUCCESS : GeneralResponse.FAILURE);
    }
}
