package io.fleet.mobile.support;

import java.util.Map;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Each test run writes under its own Redis key prefix on the real local Redis, deleted afterwards. */
public class RedisTestPrefix implements QuarkusTestResourceLifecycleManager {

    private final String url = System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379");
    private final String prefix = "fleet-test:" + UUID.randomUUID().toString().substring(0, 12) + ":";

    @Override
    public Map<String, String> start() {
        return Map.of("fleet.redis.url", url, "fleet.redis.prefix", prefix);
    }

    @Override
    public void stop() {
        RedisClient client = RedisClient.create(url);
        try (var connection = client.connect()) {
            var redis = connection.sync();
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                var page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    redis.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } finally {
            client.shutdown();
        }
    }

    /** Applies the resource to every @QuarkusTest of the module. */
    @QuarkusTestResource(value = RedisTestPrefix.class, restrictToAnnotatedClass = false)
    public static final class Everywhere {
        private Everywhere() {
        }
    }
}
