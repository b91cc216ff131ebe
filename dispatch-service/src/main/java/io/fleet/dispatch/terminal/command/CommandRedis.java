package io.fleet.dispatch.terminal.command;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Redis as the gateway shares it for commands (docs/gateway.md): {@code session:{phone}} names the node holding the
 * terminal, {@code downlink:{node}} takes its commands, {@code downlink-replies} brings back what happened. Bodies
 * are binary, hence byte[] connections; the blocking reply reader gets one of its own.
 */
@ApplicationScoped
public class CommandRedis {

    static final String GROUP = "dispatch-commands";

    private final RedisClient client;
    private final String prefix;
    private volatile StatefulRedisConnection<byte[], byte[]> shared;

    CommandRedis(RedisConfig config) {
        RedisURI uri = RedisURI.create(config.url());
        uri.setTimeout(Duration.ofSeconds(5));
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true).build());
        prefix = config.prefix();
    }

    /** The connection for short commands (GET, XADD), made on first use. */
    synchronized StatefulRedisConnection<byte[], byte[]> shared() {
        if (shared == null) {
            shared = client.connect(ByteArrayCodec.INSTANCE);
        }
        return shared;
    }

    StatefulRedisConnection<byte[], byte[]> connect() {
        return client.connect(ByteArrayCodec.INSTANCE);
    }

    byte[] session(String phone) {
        return bytes(prefix + "session:" + phone);
    }

    byte[] downlink(String node) {
        return bytes(prefix + "downlink:" + node);
    }

    byte[] replies() {
        return bytes(prefix + "downlink-replies");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @PreDestroy
    void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
