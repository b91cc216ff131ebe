package io.fleet.mobile.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real platform mobile-api works through, for every @QuarkusTest of the module: dispatch-service's packaged jar
 * started as its own process on a free port, with its own PostgreSQL database {@code fleet_test_<run>} and a Redis
 * key prefix shared with the mobile-api under test (the inboxes pass through Redis). Both are removed afterwards.
 * dispatch-service runs as a process rather than inside this JVM because two Quarkus applications cannot share one
 * test JVM; the Maven reactor builds it before this module ({@code mvn -pl dispatch-service package} when run alone).
 */
public class LocalPlatform implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("FLEET_DB_HOST", "localhost");
    private static final String PORT = env("FLEET_DB_PORT", "5432");
    private static final String USER = env("FLEET_DB_USER", "postgres");
    private static final String PASSWORD = env("FLEET_DB_PASSWORD", "");

    /** The token signing keys of both services (mobile-api's %test keys-dir). */
    public static final Path KEYS_DIR = Path.of("target/test-keys");

    /** The dispatch-service base URL of the running tests, for tests that play the dispatcher. */
    public static volatile String dispatchUrl;
    /** The Redis key prefix of the running tests. */
    public static volatile String redisPrefix;

    private final String redisUrl = env("FLEET_REDIS_URL", "redis://localhost:6379");
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String database = "fleet_test_" + run;
    private final String prefix = "fleet-test:" + run + ":";
    private Process dispatch;

    @Override
    public Map<String, String> start() {
        Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
        Path jar = root.resolve("dispatch-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build dispatch-service first (mvn -pl dispatch-service package)");
        }
        admin("CREATE DATABASE " + database);
        int port = freePort();
        Path log = Path.of("target/dispatch-service-" + run + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("FLEET_DB_NAME", database);
            env.put("FLEET_DISPATCH_PORT", Integer.toString(port));
            env.put("FLEET_DISPATCH_HOST", "127.0.0.1");
            env.put("FLEET_REDIS_URL", redisUrl);
            env.put("FLEET_REDIS_PREFIX", prefix);
            env.put("FLEET_DEMO", "false");
            // one key pair for both services, as in a deployment: dispatch-service checks the phones' tokens
            env.put("FLEET_KEYS_DIR", KEYS_DIR.toAbsolutePath().toString());
            env.put("FLEET_TRACKS_INGEST", "false");
            env.put("FLEET_DB_POOL", "8");
            env.put("FLEET_MAP_OSM", root.resolve("dispatch-service/src/test/resources/osm/monaco.osm.gz").toString());
            env.put("FLEET_MAP_CACHE", Path.of("target/dispatch-graph-cache").toAbsolutePath().toString());
            dispatch = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dispatch-service", e);
        }
        dispatchUrl = "http://127.0.0.1:" + port;
        redisPrefix = prefix;
        awaitReady(dispatchUrl + "/q/health/ready", log);
        return Map.of("fleet.redis.url", redisUrl, "fleet.redis.prefix", prefix, "fleet.dispatch.url", dispatchUrl);
    }

    @Override
    public void stop() {
        if (dispatch != null) {
            dispatch.destroy();
            try {
                if (!dispatch.waitFor(20, TimeUnit.SECONDS)) {
                    dispatch.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        RedisClient client = RedisClient.create(redisUrl);
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

    private void awaitReady(String url, Path log) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(420));
        while (Instant.now().isBefore(deadline)) {
            if (!dispatch.isAlive()) {
                throw new IllegalStateException("dispatch-service exited; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("dispatch-service not ready within 420 s; see " + log);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "'", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Applies the platform to every @QuarkusTest of the module. */
    @QuarkusTestResource(value = LocalPlatform.class, restrictToAnnotatedClass = false)
    public static final class Everywhere {
        private Everywhere() {
        }
    }
}
