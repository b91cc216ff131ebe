package io.fleet.mobile.redis;

import io.fleet.mobile.MobileConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** One Lettuce client for the service: a shared, thread-safe command connection and pub/sub connections on demand. */
@ApplicationScoped
public class Redis {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String prefix;

    Redis(MobileConfig config) {
        this.client = RedisClient.create(config.redis().url());
        this.connection = client.connect();
        this.prefix = config.redis().prefix();
    }

    public RedisCommands<String, String> sync() {
        return connection.sync();
    }

    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    /** {@code name} under this deployment's key prefix. */
    public String key(String name) {
        return prefix + name;
    }

    @PreDestroy
    void close() {
        connection.close();
        client.shutdown();
    }
}
