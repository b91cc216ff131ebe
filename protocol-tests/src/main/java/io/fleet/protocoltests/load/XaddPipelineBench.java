package io.fleet.protocoltests.load;

import io.fleet.gateway.server.redis.BatchingStreamAppender;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.redis.StreamAppender;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.EventExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * `bin/fleet bench xadd`: the gateway's stream write path on its own, one XADD per position (each its own write to
 * Redis) against XADDs pipelined per event-loop turn ({@link BatchingStreamAppender}). Two NIO event loops (as on
 * this machine's gateway) each append 0x0200-sized entries in turns of {@code --turn} (the positions one loop turn
 * reads from its sockets), with at most {@code --in-flight} appends outstanding, like the gateway's back-pressure.
 * The two ways alternate {@code --rounds} times so a busy machine affects both alike. Prints one JSON line per run.
 */
public final class XaddPipelineBench {

    private XaddPipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String url = o.getOrDefault("--redis", System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379"));
        int entries = Integer.parseInt(o.getOrDefault("--entries", "200000"));
        int turn = Integer.parseInt(o.getOrDefault("--turn", "16"));
        int inFlight = Integer.parseInt(o.getOrDefault("--in-flight", "10000"));
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "3"));
        String stream = "bench:xadd:" + UUID.randomUUID().toString().substring(0, 8);
        NioEventLoopGroup loops = new NioEventLoopGroup(2);
        RedisClient client = RedisClient.create(url);
        try (RedisLink redis = new RedisLink(url, Duration.ofSeconds(10));
             StatefulRedisConnection<String, String> admin = client.connect()) {
            if (!redis.awaitFirstAttempt(Duration.ofSeconds(5))) {
                throw new IllegalStateException("Redis at " + url + " unreachable");
            }
            StreamAppender single = StreamAppender.redis(redis);
            StreamAppender batched = new BatchingStreamAppender(redis);
            run("warm-up", batched, loops, stream, entries / 4, turn, inFlight);
            run("warm-up", single, loops, stream, entries / 4, turn, inFlight);
            for (int r = 0; r < rounds; r++) {
                System.out.println(run("per-position", single, loops, stream, entries, turn, inFlight));
                admin.sync().del(stream);
                System.out.println(run("pipelined", batched, loops, stream, entries, turn, inFlight));
                admin.sync().del(stream);
            }
        } finally {
            client.shutdown();
            loops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static String run(String mode, StreamAppender appender, NioEventLoopGroup loops, String stream,
                              int entries, int turn, int inFlight) throws Exception {
        Semaphore window = new Semaphore(inFlight);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        long started = System.nanoTime();
        int perLoop = entries / 2;
        for (EventExecutor loop : loops) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done.add(finished);
            Thread feeder = new Thread(() -> feed(appender, loop, stream, perLoop, turn, window, finished));
            feeder.start();
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        window.acquire(inFlight); // every append answered
        window.release(inFlight);
        double seconds = (System.nanoTime() - started) / 1e9;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "{\"mode\":\"%s\",\"entries\":%d,\"turn\":%d,\"seconds\":%.2f,"
                + "\"entriesPerSecond\":%.0f,\"loadAverage\":%.1f}", mode, entries, turn, seconds, entries / seconds, load);
    }

    /** Hands the loop one turn of appends at a time, as its socket reads would, within the in-flight window. */
    private static void feed(StreamAppender appender, EventExecutor loop, String stream, int count, int turn,
                             Semaphore window, CompletableFuture<Void> finished) {
        try {
            for (int sent = 0; sent < count; sent += turn) {
                int n = Math.min(turn, count - sent);
                window.acquire(n);
                loop.execute(() -> {
                    for (int i = 0; i < n; i++) {
                        appender.append(stream, entry(), loop).whenComplete((id, error) -> window.release());
                    }
                });
            }
            finished.complete(null);
        } catch (InterruptedException e) {
            finished.completeExceptionally(e);
        }
    }

    private static Map<String, byte[]> entry() {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("phone", RedisLink.bytes("15000000001"));
        fields.put("msgId", RedisLink.bytes("0200"));
        fields.put("version", RedisLink.bytes("2013"));
        fields.put("serial", RedisLink.bytes("4711"));
        fields.put("body", new byte[72]);
        fields.put("rx", RedisLink.bytes(Long.toString(System.currentTimeMillis())));
        fields.put("node", RedisLink.bytes("bench"));
        return fields;
    }
}
