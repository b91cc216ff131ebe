package io.fleet.dispatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.lettuce.core.RedisClient;

/**
 * A Redis 7 of the rig's own on a free port, so the fault tests can kill it without touching the shared one.
 * Durability is the production setting for the positions stream: append-only file with {@code appendfsync always},
 * so every XADD the gateway was answered for (and therefore acknowledged to a terminal) is on disk before the
 * answer leaves Redis, and survives a kill -9 of Redis. With {@code everysec} up to a second of acknowledged
 * positions could vanish with the process; with persistence off, all of them.
 */
final class PrivateRedis implements AutoCloseable {

    final int port;
    private final Path dir;
    private Process process;

    private PrivateRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static PrivateRedis start(Path parent) throws Exception {
        PrivateRedis redis = new PrivateRedis(Files.createTempDirectory(parent, "redis-"), OsProcess.freePort());
        redis.startServer();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void startServer() throws Exception {
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "always"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log")
                        .toFile())).start();
        OsProcess.await("Redis answers on " + port, this::answers, Duration.ofSeconds(30));
    }

    /** kill -9 of the Redis process: what it had not written to its append-only file is gone. */
    void kill9() throws Exception {
        OsProcess.kill9(process);
    }

    private boolean answers() {
        RedisClient client = RedisClient.create(url());
        try (var c = client.connect()) {
            return "PONG".equals(c.sync().ping());
        } catch (RuntimeException notYet) {
            return false;
        } finally {
            client.shutdown();
        }
    }

    @Override
    public void close() throws Exception {
        OsProcess.stop(process);
        OsProcess.run(dir.resolve("rm.log"), "rm", "-rf", dir.toString());
    }
}
