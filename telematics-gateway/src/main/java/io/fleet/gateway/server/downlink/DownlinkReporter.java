package io.fleet.gateway.server.downlink;

import io.fleet.gateway.server.metrics.GatewayMetrics;
import io.fleet.gateway.server.redis.RedisKeys;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.StreamAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes outcomes to {@code downlink-replies}: commandId, phone, result, and for answered commands replyMsgId
 * (4 hex digits) and replyBody (binary).
 */
public final class DownlinkReporter {

    private static final Logger LOG = LoggerFactory.getLogger(DownlinkReporter.class);

    private final StreamAppender appender;
    private final RedisKeys keys;
    private final GatewayMetrics metrics;

    public DownlinkReporter(StreamAppender appender, RedisKeys keys, GatewayMetrics metrics) {
        this.appender = appender;
        this.keys = keys;
        this.metrics = metrics;
    }

    public void report(DownlinkCommand command, DownlinkResult result) {
        report(command, result, null, null);
    }

    public void report(DownlinkCommand command, DownlinkResult result, String replyMsgId, byte[] replyBody) {
        metrics.downlink(result.label());
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("commandId", RedisLink.bytes(command.commandId()));
        fields.put("phone", RedisLink.bytes(command.phone()));
        fields.put("result", RedisLink.bytes(result.label()));
        if (replyMsgId != null) {
            fields.put("replyMsgId", RedisLink.bytes(replyMsgId));
        }
        if (replyBody != null) {
            fields.put("replyBody", replyBody);
        }
        appender.append(keys.downlinkReplies(), fields).whenComplete((id, error) -> {
            if (error != null) {
                LOG.warn("Could not report command {} ({}) : {}", command.commandId(), result.label(),
                        RedisLink.describe(error));
            }
        });
    }
}
