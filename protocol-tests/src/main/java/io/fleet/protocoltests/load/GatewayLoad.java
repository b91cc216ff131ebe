package io.fleet.protocoltests.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.fleet.protocoltests.simulator.RoadNetwork;
import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * `bin/fleet bench gateway`: the terminal simulator against the real gateway process on this machine. Holds N
 * connections, drives them at a target rate, and reports positions acknowledged (= written to the Redis stream) per
 * second, the ack latency, and the gateway's memory per connection. Everything runs on loopback, under a Redis key
 * prefix of its own that is deleted afterwards.
 */
public final class GatewayLoad {

    private GatewayLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int connections = Integer.parseInt(o.getOrDefault("--connections", "20000"));
        double rate = Double.parseDouble(o.getOrDefault("--rate", "50000"));
        Duration measure = SimulatorOptions.duration(o.getOrDefault("--duration", "60s"));
        Duration settle = SimulatorOptions.duration(o.getOrDefault("--settle", "20s"));
        String redisUrl = o.getOrDefault("--redis", System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379"));
        Path jar = Path.of(o.getOrDefault("--gateway-jar", "telematics-gateway/target/telematics-gateway-all.jar"));
        Path map = Path.of(o.getOrDefault("--map", "data/osm/andorra.osm.pbf"));
        String heap = o.getOrDefault("--gateway-heap", "1g");
        String prefix = "load:" + UUID.randomUUID().toString().substring(0, 8) + ":";
        double interval = connections / rate;

        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            seedRegistry(redis, prefix, connections);
            System.err.printf("load: registry of %d terminals under %s; starting the gateway%n", connections, prefix);
            try (GatewayProcess gateway = GatewayProcess.start(jar, redisUrl, prefix, heap, Path.of("var/log/gateway-load.log"))) {
                long rssIdle = gateway.residentBytes();
                long heapIdle = gateway.heapUsedAfterGcBytes();
                SimulatorOptions sim = SimulatorOptions.parse(new String[] {
                        "--vehicles", Integer.toString(connections), "--interval", Double.toString(interval),
                        "--host", "127.0.0.1", "--port", Integer.toString(gateway.port),
                        "--first-phone", "15000000001", "--drop-every", "0", "--heartbeat", "300s",
                        "--ramp-up", Math.max(5, connections / 1000) + "s", "--map", map.toString()});
                RoadNetwork roads = RoadNetwork.load(map, Path.of("var/simulator-graph"));
                Simulator simulator = new Simulator(sim, roads);
                simulator.start();
                long connectDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (simulator.stats().terminalsAuthenticated.sum() < connections && System.nanoTime() < connectDeadline) {
                    Thread.sleep(1000);
                    System.err.println(simulator.stats().progressLine(simulator.elapsedSeconds()));
                }
                Thread.sleep(settle.toMillis()); // let the report timers spread and the JIT settle
                long heldRss = gateway.residentBytes();
                long heldHeap = gateway.heapUsedAfterGcBytes();

                simulator.stats().resetLatency();
                long acked0 = simulator.stats().positionsAcked.sum();
                long stream0 = redis.sync().xlen(prefix + "positions");
                long t0 = System.nanoTime();
                Thread.sleep(measure.toMillis());
                double seconds = (System.nanoTime() - t0) / 1e9;
                long acked = simulator.stats().positionsAcked.sum() - acked0;
                long streamed = redis.sync().xlen(prefix + "positions") - stream0;
                String summary = String.format(Locale.ROOT, "{\"connections\":%d,\"held\":%d,\"targetRate\":%.0f,"
                                + "\"seconds\":%.1f,\"ackedPerSecond\":%.0f,\"streamEntriesPerSecond\":%.0f,"
                                + "\"ackP50Ms\":%.2f,\"ackP99Ms\":%.2f,\"refused\":%d,\"lost\":%d,"
                                + "\"gatewayRssIdleMiB\":%.1f,\"gatewayRssHeldMiB\":%.1f,\"rssPerConnectionKiB\":%.2f,"
                                + "\"heapPerConnectionKiB\":%.2f}",
                        connections, simulator.stats().online.sum(), rate, seconds, acked / seconds, streamed / seconds,
                        simulator.stats().ackLatencyMillis(0.50), simulator.stats().ackLatencyMillis(0.99),
                        simulator.stats().positionsRefused.sum(), simulator.stats().positionsLost.sum(),
                        rssIdle / 1048576.0, heldRss / 1048576.0, (heldRss - rssIdle) / 1024.0 / connections,
                        heapIdle < 0 || heldHeap < 0 ? Double.NaN : (heldHeap - heapIdle) / 1024.0 / connections);
                simulator.close();
                System.out.println(summary);
            }
        } finally {
            deletePrefix(client, prefix);
            client.shutdown();
        }
    }

    private static void seedRegistry(StatefulRedisConnection<String, String> redis, String prefix, int connections) {
        var async = redis.async();
        redis.setAutoFlushCommands(false);
        for (int n = 0; n < connections; n++) {
            async.hset(prefix + "terminal:" + (15_000_000_001L + n), Map.of("vehicleId", Integer.toString(n + 1),
                    "plate", "浙A·L%05d".formatted(n % 100_000), "orgId", "1", "enabled", "1"));
            if (n % 1000 == 999) {
                redis.flushCommands();
            }
        }
        redis.flushCommands();
        redis.setAutoFlushCommands(true);
        redis.sync().ping();
    }

    private static void deletePrefix(RedisClient client, String prefix) {
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                var page = redis.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(5000));
                if (!page.getKeys().isEmpty()) {
                    redis.sync().unlink(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --connections N --rate R --duration D "
                    + "--settle D --redis URL --gateway-jar FILE --gateway-heap SIZE --map FILE");
        }
        return map;
    }
}
