package io.fleet.dispatch.track;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import io.fleet.protocoltests.simulator.RoadNetwork;
import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorOptions;
import io.fleet.protocoltests.simulator.SimulatorStats;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netty.buffer.Unpooled;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The whole path in one run: the terminal simulator (protocol-tests) drives virtual terminals over TCP into the real
 * gateway (in-process, same Redis prefix as this service), which writes the position stream; this service's ingest
 * consumer threads (the production {@link TrackIngestion} loop) store them in PostGIS and the live view. The
 * terminals lose their connection now and then and upload what they kept as 0x0704 blind-area batches.
 *
 * <p>Counting: the simulator knows what the gateway acknowledged; the gateway's stream holds every acknowledged
 * position, plus a second copy of any whose 0x8001 was lost in a drop (the terminal sends it again). Every distinct
 * position in the stream (same terminal, same report content = the same position) must be exactly one row in
 * {@code position}, with the blind-area flag on those that first came in a 0x0704; nothing is rejected. A second
 * consumer group that never reads keeps the ingest's stream trimming from deleting entries before they are counted.
 */
@QuarkusTest
class TrackEndToEndTest {

    private static final int VEHICLES = 4;
    private static final String AUDIT_GROUP = "e2e-audit";

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    RedisConfig redisConfig;
    @Inject
    DataSource dataSource;

    @Test
    void everyPositionTheSimulatorSentIsStoredOnceIncludingBlindAreaBackfill() throws Exception {
        long firstPhone = 14_500_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10;
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        Map<String, Long> vehicleOfPhone = new HashMap<>();
        for (int n = 0; n < VEHICLES; n++) {
            long vehicleId = Api.vehicle(unit, Api.uniquePlate());
            String phone = Long.toString(firstPhone + n);
            given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", vehicleId))
                    .post("/api/terminals").then().statusCode(201);
            vehicleOfPhone.put(phone, vehicleId);
        }
        RoadNetwork roads = RoadNetwork.load(Path.of("../data/osm/andorra.osm.pbf"), Path.of("target/simulator-graph"));

        SimulatorStats stats;
        try (StatefulRedisConnection<byte[], byte[]> audit = redis.binary()) {
            byte[] stream = redis.positionsStream().getBytes(StandardCharsets.UTF_8);
            // from the stream's current end: entries of earlier tests in this Quarkus run are not ours
            audit.sync().xgroupCreate(XReadArgs.StreamOffset.latest(stream), bytes(AUDIT_GROUP),
                    XGroupCreateArgs.Builder.mkstream());
            ingestion.startConsumers();
            try {
                GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 0, redisConfig.url(), redisConfig.prefix(),
                        "e2e", Duration.ofSeconds(60), 3, 50, Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, 32, 10_000,
                        Duration.ofSeconds(2));
                try (GatewayServer gateway = GatewayServer.start(config)) {
                    SimulatorOptions options = SimulatorOptions.parse(new String[] {"--vehicles",
                            Integer.toString(VEHICLES), "--interval", "0.2", "--first-phone", Long.toString(firstPhone),
                            "--drop-every", "1500ms", "--offline-for", "800ms", "--ramp-up", "0", "--seed", "11"});
                    Simulator simulator = new Simulator(new SimulatorOptions(options.vehicles(), options.interval(),
                            options.duration(), "127.0.0.1", gateway.port(), options.firstPhone(), options.version(),
                            options.map(), options.graphCache(), options.dropEvery(), options.offlineFor(),
                            options.heartbeat(), options.reportEvery(), options.rampUp(), options.seed()), roads);
                    simulator.start();
                    SimulatorStats running = simulator.stats();
                    await("the simulated fleet authenticated, dropped, backfilled and was acknowledged",
                            () -> running.terminalsAuthenticated.sum() == VEHICLES && running.drops.sum() >= 3
                                    && running.backfillSent.sum() >= 20 && running.positionsAcked.sum() >= 150,
                            Duration.ofSeconds(60));
                    simulator.close();
                    stats = simulator.stats();
                }

                StreamCount sent = countStream(audit.sync().xrange(stream, Range.create("-", "+")),
                        vehicleOfPhone.keySet());
                await("ingest stored every distinct position in the stream",
                        () -> stored(vehicleOfPhone.values(), false) >= sent.distinct(), Duration.ofSeconds(60));
                await("ingest acknowledged every entry", () -> pendingOfIngest(audit) == 0, Duration.ofSeconds(30));

                System.out.printf("end-to-end: acknowledged %d, in the stream %d (%d blind-area), distinct %d, stored %d"
                        + " (%d flagged blind-area), drops %d%n", stats.positionsAcked.sum(), sent.points(),
                        sent.blindArea(), sent.distinct(), stored(vehicleOfPhone.values(), false),
                        stored(vehicleOfPhone.values(), true), stats.drops.sum());
                assertThat(stats.terminalsAuthenticated.sum()).isEqualTo(VEHICLES);
                assertThat(stats.sendFailures.sum()).isZero();
                assertThat(stats.positionsRefused.sum()).isZero();
                assertThat(stats.positionsLost.sum()).isZero();
                assertThat(sent.points()).as("the stream holds every acknowledged position")
                        .isGreaterThanOrEqualTo(stats.positionsAcked.sum());
                assertThat(sent.blindArea()).as("blind-area backfill happened").isPositive();
                assertThat(sent.phones()).as("every terminal's positions reached the stream")
                        .isEqualTo(vehicleOfPhone.keySet());
                assertThat(stored(vehicleOfPhone.values(), false)).as("sent = stored").isEqualTo(sent.distinct());
                assertThat(stored(vehicleOfPhone.values(), true)).as("stored with the blind-area flag")
                        .isEqualTo(sent.firstSeenAsBlindArea());
                assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM rejected_position WHERE phone = ANY(?)",
                        (Object) vehicleOfPhone.keySet().toArray(String[]::new))).as("nothing rejected").isZero();
                for (Map.Entry<String, Long> car : vehicleOfPhone.entrySet()) {
                    assertThat(TrackFixtures.count(dataSource,
                            "SELECT count(*) FROM position WHERE vehicle_id = ? AND phone = ?", car.getValue(),
                            car.getKey())).isEqualTo(sent.perPhone().get(car.getKey()));
                }
            } finally {
                ingestion.stopConsumers();
                audit.sync().xgroupDestroy(stream, bytes(AUDIT_GROUP));
            }
        }

        // and the live view shows every car at its newest stored point
        List<Map<String, Object>> live = given().queryParam("org", unit).get("/api/live").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(live).hasSize(VEHICLES);
        for (Map<String, Object> position : live) {
            long vehicleId = ((Number) position.get("vehicleId")).longValue();
            long newest = TrackFixtures.count(dataSource,
                    "SELECT (extract(epoch FROM max(fix_time)) * 1000)::bigint FROM position WHERE vehicle_id = ?",
                    vehicleId);
            assertThat(((Number) position.get("fixTimeMillis")).longValue()).isEqualTo(newest);
        }
    }

    /** What the gateway put in the stream, as positions: all, distinct, and distinct per terminal. */
    private record StreamCount(long points, long blindArea, long distinct, long firstSeenAsBlindArea,
                               Set<String> phones, Map<String, Long> perPhone) {
    }

    private static StreamCount countStream(List<StreamMessage<byte[], byte[]>> entries, Set<String> phones) {
        long points = 0;
        long blindArea = 0;
        long firstSeenAsBlindArea = 0;
        Set<List<Object>> seen = new HashSet<>();
        Map<String, Long> perPhone = new HashMap<>();
        for (StreamMessage<byte[], byte[]> entry : entries) {
            Map<String, byte[]> fields = new HashMap<>();
            entry.getBody().forEach((k, v) -> fields.put(new String(k, StandardCharsets.UTF_8), v));
            String phone = new String(fields.get("phone"), StandardCharsets.UTF_8);
            if (!phones.contains(phone)) {
                continue; // another test's terminal
            }
            String msgId = new String(fields.get("msgId"), StandardCharsets.UTF_8);
            boolean v2019 = "2019".equals(new String(fields.get("version"), StandardCharsets.UTF_8));
            int id = Integer.parseInt(msgId, 16);
            MessageHeader header = MessageHeader.of(v2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013, id, "0", 0);
            Object body = BodyCodecRegistry.standard().decode(header, Unpooled.wrappedBuffer(fields.get("body")));
            List<LocationReport> reports = new ArrayList<>();
            boolean blind = false;
            if (body instanceof LocationReport report) {
                reports.add(report);
            } else if (body instanceof LocationBatchUpload batch) {
                reports.addAll(batch.items());
                blind = batch.type() == LocationBatchUpload.BLIND_AREA;
            }
            for (LocationReport report : reports) {
                points++;
                blindArea += blind ? 1 : 0;
                // same terminal and same report content: the same position (the store's key says the same)
                if (seen.add(List.of(phone, report))) {
                    firstSeenAsBlindArea += blind ? 1 : 0;
                    perPhone.merge(phone, 1L, Long::sum);
                }
            }
        }
        return new StreamCount(points, blindArea, seen.size(), firstSeenAsBlindArea, perPhone.keySet(), perPhone);
    }

    private long stored(Iterable<Long> vehicles, boolean blindAreaOnly) {
        List<Long> ids = new ArrayList<>();
        vehicles.forEach(ids::add);
        try {
            return TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ANY(?)"
                    + (blindAreaOnly ? " AND backfill" : ""), (Object) ids.toArray(Long[]::new));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long pendingOfIngest(StatefulRedisConnection<byte[], byte[]> redisConnection) {
        return redisConnection.sync().xpending(redis.positionsStream().getBytes(StandardCharsets.UTF_8),
                bytes(PositionIngestor.GROUP)).getCount();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
