package io.fleet.dispatch.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives each test run its own PostgreSQL database (PostGIS created by the Flyway migrations) and its own Redis key
 * prefix on the real local servers, and removes both afterwards. No Docker, no Dev Services.
 */
public class LocalStack implements QuarkusTestResourceLifecycleManager {

    private final String host = env("FLEET_DB_HOST", "localhost");
    private final String port = env("FLEET_DB_PORT", "5432");
    private final String user = env("FLEET_DB_USER", "postgres");
    private final String password = env("FLEET_DB_PASSWORD", "");
    private final String redisUrl = env("FLEET_REDIS_URL", "redis://localhost:6379");
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String database = "fleet_test_" + run;
    private final String redisPrefix = "fleet-test:" + run + ":";

    @Override
    public Map<String, String> start() {
        adminSql("CREATE DATABASE " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "fleet.redis.url", redisUrl,
                "fleet.redis.prefix", redisPrefix);
    }

    @Override
    public void stop() {
        adminSql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        RedisClient client = RedisClient.create(redisUrl);
        try (var connection = client.connect()) {
            deleteKeys(connection.sync(), redisPrefix);
        } finally {
            client.shutdown();
        }
    }

    static void deleteKeys(RedisCommands<String, String> redis, String prefix) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            var page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    private void adminSql(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused '" + sql
                    + "'. Is it running? `bin/fleet test` starts it and installs PostGIS.", e);
        }
    }

    private String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
