package io.fleet.dispatch.track.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.lettuce.core.XTrimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;

/**
 * The gateway appends without MAXLEN so nothing is lost before ingest has it; this removes what every consumer group
 * of the stream has acknowledged: entries older than the oldest entry still pending in any group, and not newer than
 * what each group has been delivered. Another group added later (an analytics reader) is respected the same way.
 */
public final class StreamTrimmer {

    private final RedisCommands<byte[], byte[]> redis;
    private final byte[] stream;

    public StreamTrimmer(RedisCommands<byte[], byte[]> redis, String streamKey) {
        this.redis = redis;
        this.stream = streamKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Trims and returns how many entries went (0 when any group has not read anything yet). */
    public long trim() {
        String keepFrom = null;
        for (Object group : redis.xinfoGroups(stream)) {
            String name = field((List<?>) group, "name");
            String lastDelivered = field((List<?>) group, "last-delivered-id");
            if (name == null || lastDelivered == null || "0-0".equals(lastDelivered)) {
                return 0;
            }
            PendingMessages pending = redis.xpending(stream, name.getBytes(StandardCharsets.UTF_8));
            String groupKeepsFrom = pending.getCount() > 0
                    ? pending.getMessageIds().getLower().getValue() : lastDelivered;
            keepFrom = keepFrom == null || before(groupKeepsFrom, keepFrom) ? groupKeepsFrom : keepFrom;
        }
        return keepFrom == null ? 0 : redis.xtrim(stream, XTrimArgs.Builder.minId(keepFrom));
    }

    /** XINFO GROUPS answers a flat list name, value, name, value… per group. */
    private static String field(List<?> group, String name) {
        for (int i = 0; i + 1 < group.size(); i += 2) {
            if (name.equals(text(group.get(i)))) {
                return text(group.get(i + 1));
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.US_ASCII) : String.valueOf(value);
    }

    /** Stream ids compare as (milliseconds, sequence). */
    static boolean before(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int ms = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return ms != 0 ? ms < 0 : Long.parseLong(x[1]) < Long.parseLong(y[1]);
    }
}
