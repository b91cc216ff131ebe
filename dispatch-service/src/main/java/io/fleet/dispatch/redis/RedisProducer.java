package io.fleet.dispatch.redis;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One Lettuce client and one shared, thread-safe connection for the whole service (Lettuce pipelines commands from
 * many threads over it). The connection is made lazily so the service starts, and reports Redis as down, without it.
 */
@ApplicationScoped
public class RedisProducer {

    private final RedisClient client;

    RedisProducer(RedisConfig config) {
        RedisURI uri = RedisURI.create(config.url());
        uri.setTimeout(Duration.ofSeconds(5));
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true).build());
    }

    @Produces
    @Singleton
    StatefulRedisConnection<String, String> connection() {
        return client.connect();
    }

    RedisClient client() {
        return client;
    }

    /** A connection of its own for SUBSCRIBE (a subscribed connection takes no other commands). */
    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    @PreDestroy
    void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
