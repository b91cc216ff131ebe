package io.fleet.dispatch.track;

import java.time.Duration;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The track store's own Redis client. Stream bodies are binary, so ingest needs byte[] connections; a blocking
 * XREADGROUP would stall every other command pipelined on a shared connection, so each consumer gets its own.
 */
@ApplicationScoped
public class TrackRedis {

    private final RedisClient client;
    private final String prefix;

    TrackRedis(RedisConfig config) {
        RedisURI uri = RedisURI.create(config.url());
        uri.setTimeout(Duration.ofSeconds(10));
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true).build());
        prefix = config.prefix();
    }

    public StatefulRedisConnection<byte[], byte[]> binary() {
        return client.connect(ByteArrayCodec.INSTANCE);
    }

    public StatefulRedisConnection<String, String> text() {
        return client.connect();
    }

    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    public String positionsStream() {
        return prefix + "positions";
    }

    /** Hash vehicleId → JSON of its newest position. */
    public String liveHash() {
        return prefix + "live";
    }

    /** Pub/sub channel on which every new live position is announced, for the push streams of every instance. */
    public String liveChannel() {
        return prefix + "live-updates";
    }

    @PreDestroy
    void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
