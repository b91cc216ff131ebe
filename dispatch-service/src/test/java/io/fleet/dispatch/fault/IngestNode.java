package io.fleet.dispatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One dispatch-service process (the packaged Quarkus application, {@code quarkus-run.jar}) doing position ingest as
 * production does: its own consumer threads in the group {@code track-ingest}, one transaction per batch, XACK after
 * commit, XAUTOCLAIM of abandoned entries. Its consumer name is also its PostgreSQL application_name, so the rig can
 * see in pg_stat_activity when a batch's transaction is open. The movement and supervision rounds are off: the
 * faults here are about ingest, and a transaction of theirs must not be mistaken for a batch.
 */
final class IngestNode implements AutoCloseable {

    final String consumer;
    final int httpPort;
    private final Path jar;
    private final Path root;
    private final PrivatePostgres pg;
    private final String redisUrl;
    private final String prefix;
    private final Path log;
    private final Duration claimIdle;
    private Process process;

    IngestNode(Path root, String consumer, PrivatePostgres pg, String redisUrl, String prefix, Path logDir,
            Duration claimIdle) throws Exception {
        this.root = root;
        this.jar = root.resolve("dispatch-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn -pl dispatch-service package");
        }
        this.consumer = consumer;
        this.pg = pg;
        this.redisUrl = redisUrl;
        this.prefix = prefix;
        this.claimIdle = claimIdle;
        this.httpPort = OsProcess.freePort();
        this.log = logDir.resolve("dispatch-" + consumer + ".log");
    }

    IngestNode start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.datasource.jdbc.url=" + pg.jdbcUrl("fleet", consumer),
                "-jar", jar.toString()))
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("FLEET_DB_USER", "postgres");
        env.put("FLEET_DB_PASSWORD", "");
        env.put("FLEET_DB_POOL", "6");
        env.put("FLEET_REDIS_URL", redisUrl);
        env.put("FLEET_REDIS_PREFIX", prefix);
        env.put("FLEET_DISPATCH_PORT", Integer.toString(httpPort));
        env.put("FLEET_DISPATCH_HOST", "127.0.0.1");
        env.put("FLEET_DEMO", "false");
        env.put("FLEET_KEYS_DIR", keysDir(log.getParent()).toString());
        env.put("FLEET_TRACKS_INGEST", "true");
        env.put("FLEET_TRACKS_CONSUMER", consumer);
        env.put("FLEET_TRACKS_BATCH", "500");
        env.put("FLEET_TRACKS_CLAIM_IDLE", "PT" + claimIdle.toMillis() / 1000.0 + "S");
        env.put("FLEET_TRACKS_MOVEMENT_INTERVAL", "off");
        env.put("FLEET_SUPERVISION_INTERVAL", "off");
        env.put("FLEET_COMPLAINTS_REMINDER_INTERVAL", "off");
        env.put("FLEET_MAP_OSM", root.resolve("dispatch-service/src/test/resources/osm/monaco.osm.gz").toString());
        env.put("FLEET_MAP_CACHE", root.resolve("dispatch-service/target/fault-graph-cache").toString());
        process = builder.start();
        try {
            OsProcess.await("dispatch-service " + consumer + " ready", () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("dispatch-service " + consumer + " exited: "
                            + OsProcess.tail(log, 40));
                }
                return OsProcess.httpOk(baseUrl() + "/q/health/ready");
            }, Duration.ofSeconds(600));
        } catch (RuntimeException | InterruptedException e) {
            OsProcess.stop(process); // never leave a half-started service behind
            throw e;
        }
        return this;
    }

    /** The token key pair of the rig's ingest processes (all of them share it, as nodes of one platform do). */
    static Path keysDir(Path logDir) {
        return logDir.resolve("keys");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    Process process() {
        return process;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        OsProcess.stop(process);
    }
}
