package io.fleet.protocoltests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator against the real gateway, the real local Redis and the real roads of the bundled map: terminals
 * register, authenticate, report, lose their connection, and backfill what they kept — and every position the
 * gateway acknowledged is in the stream.
 */
class SimulatorAgainstGatewayTest {

    private static final String REDIS_URL = System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379");
    private static final long FIRST_PHONE = 13_900_000_001L;
    private static RoadNetwork roads;

    private final String prefix = "test:sim:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final RedisClient client = RedisClient.create(REDIS_URL);
    private final StatefulRedisConnection<String, byte[]> redis =
            client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));

    @BeforeAll
    static void loadRoads() throws Exception {
        roads = RoadNetwork.load(Path.of("../data/osm/andorra.osm.pbf"), Path.of("target/simulator-graph"));
    }

    @AfterEach
    void removeKeys() {
        List<String> keys = redis.sync().keys(prefix + "*");
        if (!keys.isEmpty()) {
            redis.sync().del(keys.toArray(String[]::new));
        }
        client.shutdown();
    }

    @Test
    void everyAcknowledgedPositionIsInTheStreamIncludingBackfill() throws Exception {
        int vehicles = 4;
        for (int n = 0; n < vehicles; n++) {
            redis.sync().hset(prefix + "terminal:" + (FIRST_PHONE + n), Map.of(
                    "vehicleId", bytes(Integer.toString(n + 1)), "plate", bytes("浙A·D0000" + n),
                    "orgId", bytes("1"), "enabled", bytes("1")));
        }
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 0, REDIS_URL, prefix, "sim-test",
                Duration.ofSeconds(60), 3, 50, Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, 32, 10_000,
                Duration.ofSeconds(2));
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--vehicles", Integer.toString(vehicles),
                "--interval", "0.1", "--first-phone", Long.toString(FIRST_PHONE), "--drop-every", "700ms",
                "--offline-for", "400ms", "--ramp-up", "0", "--seed", "7"});

        SimulatorStats stats;
        try (GatewayServer gateway = GatewayServer.start(config)) {
            SimulatorOptions here = new SimulatorOptions(options.vehicles(), options.interval(), options.duration(),
                    "127.0.0.1", gateway.port(), options.firstPhone(), options.version(), options.map(),
                    options.graphCache(), options.dropEvery(), options.offlineFor(), options.heartbeat(),
                    options.reportEvery(), options.rampUp(), options.seed());
            Simulator simulator = new Simulator(here, roads);
            simulator.start();
            awaitCondition(() -> simulator.stats().terminalsAuthenticated.sum() == vehicles
                    && simulator.stats().drops.sum() >= 2 && simulator.stats().backfillSent.sum() > 0
                    && simulator.stats().positionsAcked.sum() >= 60, Duration.ofSeconds(30));
            simulator.close();
            stats = simulator.stats();
        }

        assertThat(stats.terminalsAuthenticated.sum()).as("every terminal, 2013 and 2019 alike").isEqualTo(vehicles);
        assertThat(stats.sendFailures.sum()).isZero();
        assertThat(stats.registrationsRefused.sum()).isZero();
        assertThat(stats.positionsRefused.sum()).isZero();
        assertThat(stats.positionsLost.sum()).isZero();
        assertThat(stats.drops.sum()).isGreaterThanOrEqualTo(2);
        assertThat(stats.backfillSent.sum()).isPositive();

        List<StreamMessage<String, byte[]>> entries = redis.sync().xrange(prefix + "positions", Range.create("-", "+"));
        long stored = 0;
        long blindArea = 0;
        for (StreamMessage<String, byte[]> entry : entries) {
            String msgId = new String(entry.getBody().get("msgId"));
            if (msgId.equals("0704")) {
                boolean v2019 = "2019".equals(new String(entry.getBody().get("version")));
                MessageHeader header = MessageHeader.of(v2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013,
                        0x0704, "0", 0);
                var batch = (LocationBatchUpload) BodyCodecRegistry.standard()
                        .decode(header, Unpooled.wrappedBuffer(entry.getBody().get("body")));
                stored += batch.items().size();
                blindArea += batch.type() == LocationBatchUpload.BLIND_AREA ? batch.items().size() : 0;
            } else if (msgId.equals("0200")) {
                stored++;
            }
        }
        // Acknowledged means stored: the stream holds at least what was acknowledged (a report whose ack was lost
        // in a drop is stored and sent again, so the stream may hold a little more, never less).
        assertThat(stored).isGreaterThanOrEqualTo(stats.positionsAcked.sum());
        assertThat(blindArea).isPositive();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("simulator reached its drops, backfill and acks in time").isTrue();
    }
}
