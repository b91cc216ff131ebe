package io.fleet.gateway.server;

import io.fleet.gateway.server.redis.RedisLink;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The real local Redis under a random key prefix of its own; {@link #close()} deletes every key under it.
 * Plays dispatch-service's part: writes the terminal registry mirror and downlink commands, reads the streams.
 */
final class RedisFixture implements AutoCloseable {

    static final String URL = System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379");

    final String prefix = "test:gateway:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final RedisClient client = RedisClient.create(URL);
    private final StatefulRedisConnection<String, byte[]> connection = client.connect(RedisLink.CODEC);
    final RedisCommands<String, byte[]> redis = connection.sync();

    void terminal(String phone, String vehicleId, boolean enabled) {
        redis.hset(prefix + "terminal:" + phone, Map.of("vehicleId", RedisLink.bytes(vehicleId),
                "plate", RedisLink.bytes("京A12345"), "orgId", RedisLink.bytes("1"),
                "enabled", RedisLink.bytes(enabled ? "1" : "0")));
    }

    List<StreamMessage<String, byte[]>> stream(String name) {
        return redis.xrange(prefix + name, Range.create("-", "+"));
    }

    String string(String key) {
        return RedisLink.string(redis.get(prefix + key));
    }

    /** Polls {@code stream} until it holds at least {@code count} entries or the deadline passes. */
    List<StreamMessage<String, byte[]>> awaitEntries(String name, int count, Duration timeout) {
        return poll(() -> stream(name), entries -> entries.size() >= count, timeout);
    }

    static <T> T poll(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }

    static String field(StreamMessage<String, byte[]> entry, String name) {
        return RedisLink.string(entry.getBody().get(name));
    }

    @Override
    public void close() {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        connection.close();
        client.shutdown();
    }
}
