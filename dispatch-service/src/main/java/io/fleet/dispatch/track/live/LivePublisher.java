package io.fleet.dispatch.track.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.ingest.IngestBatch;
import io.fleet.dispatch.track.ingest.LiveSink;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;

/**
 * Writes each vehicle's newest point to the live hash and announces it on the live channel, in one script so that
 * an older point (a backfill, a consumer that lagged) never replaces a newer one, whichever consumer commits first.
 */
public final class LivePublisher implements LiveSink {

    private static final String SCRIPT = """
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if current then
              local t = tonumber(string.match(current, '"fixTimeMillis":(%d+)'))
              if t and t >= tonumber(ARGV[2]) then return 0 end
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            redis.call('PUBLISH', KEYS[2], ARGV[3])
            return 1""";

    private final StatefulRedisConnection<String, String> redis;
    private final ObjectMapper json;
    private final String hash;
    private final String channel;
    private final String sha;

    public LivePublisher(StatefulRedisConnection<String, String> redis, ObjectMapper json, String hash, String channel) {
        this.redis = redis;
        this.json = json;
        this.hash = hash;
        this.channel = channel;
        this.sha = redis.sync().scriptLoad(SCRIPT);
    }

    @Override
    public void publish(Collection<IngestBatch.LatestPoint> latest) {
        if (latest.isEmpty()) {
            return;
        }
        RedisAsyncCommands<String, String> async = redis.async();
        List<RedisFuture<Long>> sent = new ArrayList<>(latest.size());
        for (IngestBatch.LatestPoint point : latest) {
            LivePosition position = LivePosition.of(point);
            sent.add(async.evalsha(sha, ScriptOutputType.INTEGER, new String[] {hash, channel},
                    Long.toString(position.vehicleId()), Long.toString(position.fixTimeMillis()), toJson(position)));
        }
        for (RedisFuture<Long> future : sent) {
            try {
                future.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("live state write failed", e);
            }
        }
    }

    private String toJson(LivePosition position) {
        try {
            return json.writeValueAsString(position);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
