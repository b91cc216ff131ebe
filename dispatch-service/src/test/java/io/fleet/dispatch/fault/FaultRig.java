package io.fleet.dispatch.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.security.KeyDirTokens;
import io.fleet.protocoltests.simulator.RoadNetwork;
import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorOptions;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * The platform's moving parts as separate processes on this machine, for the fault tests and the soak run: a private
 * PostgreSQL and Redis (so they can be crashed without touching the shared ones), gateway nodes from the gateway jar
 * behind HAProxy, dispatch-service processes doing ingest, and the terminal simulator in this JVM.
 */
final class FaultRig implements AutoCloseable {

    static final String PREFIX = "fault:";
    static final String GROUP = "track-ingest";

    final Path root;
    final Path dir;
    final PrivatePostgres pg;
    final PrivateRedis redis;
    final List<GatewayNode> gateways = new ArrayList<>();
    final Map<String, IngestNode> ingest = new java.util.concurrent.ConcurrentSkipListMap<>();
    final Balancer balancer;
    final RoadNetwork roads;
    private final Duration claimIdle;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Long organisation;
    private RedisClient redisClient;

    private FaultRig(Path root, Path dir, PrivatePostgres pg, PrivateRedis redis, List<GatewayNode> gateways,
            Balancer balancer, RoadNetwork roads, Duration claimIdle) {
        this.root = root;
        this.dir = dir;
        this.pg = pg;
        this.redis = redis;
        this.gateways.addAll(gateways);
        this.balancer = balancer;
        this.roads = roads;
        this.claimIdle = claimIdle;
    }

    /** Starts everything: 2 gateway nodes behind the balancer and the named ingest consumers. */
    static FaultRig start(List<String> consumers, Duration claimIdle) throws Exception {
        Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("dispatch-service/target");
        Files.createDirectories(target);
        Path dir = Files.createTempDirectory(target, "fault-rig-");
        PrivatePostgres pg = null;
        PrivateRedis redis = null;
        List<GatewayNode> gateways = new ArrayList<>();
        Balancer balancer = null;
        try {
            pg = PrivatePostgres.start();
            redis = PrivateRedis.start(dir);
            Path jar = root.resolve("telematics-gateway/target/telematics-gateway-all.jar");
            for (String node : List.of("gw-1", "gw-2")) {
                gateways.add(new GatewayNode(jar, node, redis.url(), PREFIX, dir).start());
            }
            balancer = Balancer.start(dir, gateways);
            RoadNetwork roads = RoadNetwork.load(root.resolve("data/osm/andorra.osm.pbf"),
                    target.resolve("simulator-graph"));
            FaultRig rig = new FaultRig(root, dir, pg, redis, gateways, balancer, roads, claimIdle);
            for (String consumer : consumers) {
                rig.startIngest(consumer);
            }
            return rig;
        } catch (Exception | Error e) {
            if (balancer != null) {
                balancer.close();
            }
            gateways.forEach(GatewayNode::close);
            if (redis != null) {
                redis.close();
            }
            if (pg != null) {
                pg.close();
            }
            throw e;
        }
    }

    IngestNode startIngest(String consumer) throws Exception {
        IngestNode node = new IngestNode(root, consumer, pg, redis.url(), PREFIX, dir, claimIdle);
        ingest.put(consumer, node); // closed with the rig even if it is still starting then
        return node.start();
    }

    GatewayNode gateway(String nodeId) {
        return gateways.stream().filter(g -> g.nodeId.equals(nodeId)).findFirst().orElseThrow();
    }

    /** Vehicles with terminals registered through the REST API (the registry mirror copies them to Redis). */
    Fleet registerFleet(int vehicles) throws Exception {
        IngestNode api = ingest.values().stream().filter(IngestNode::alive).findFirst().orElseThrow();
        if (organisation == null) {
            organisation = post(api, "/api/organisations", Map.of("code", "FAULT-" + System.nanoTime(), "name",
                    "故障测试单位", "kind", "CITY_BUREAU")).get("id").asLong();
        }
        long firstPhone = 14_600_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L / 1_000) * 1_000;
        Map<String, Long> vehicleOfPhone = new LinkedHashMap<>();
        for (int n = 0; n < vehicles; n++) {
            Map<String, Object> vehicle = new HashMap<>(Map.of("orgId", organisation, "plate", plate(), "kind",
                    "SEDAN", "seats", 5, "energy", "FUEL", "pool", "GENERAL"));
            long vehicleId = post(api, "/api/vehicles", vehicle).get("id").asLong();
            String phone = Long.toString(firstPhone + n);
            post(api, "/api/terminals", Map.of("phone", phone, "vehicleId", vehicleId));
            vehicleOfPhone.put(phone, vehicleId);
        }
        // Mirrored after each commit; a write that failed there (a slow Redis under load) is repaired by the
        // minute's full pass, hence the long wait.
        try (StatefulRedisConnection<String, String> c = redisClient().connect()) {
            OsProcess.await("the registry mirror has every terminal", () -> vehicleOfPhone.keySet().stream()
                    .allMatch(p -> c.sync().exists(PREFIX + "terminal:" + p) == 1), Duration.ofSeconds(180));
        }
        return new Fleet(firstPhone, vehicleOfPhone);
    }

    /** The simulated terminals of the fleet, connecting through the balancer, reporting every interval. */
    Simulator simulate(Fleet fleet, Duration interval, long seed) {
        SimulatorOptions defaults = SimulatorOptions.parse(new String[0]);
        SimulatorOptions options = new SimulatorOptions(fleet.size(), interval, Duration.ZERO, "127.0.0.1",
                balancer.port, fleet.firstPhone(), "mixed", defaults.map(), defaults.graphCache(), Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(3), seed);
        Simulator simulator = new Simulator(options, roads);
        simulator.stats().trackAckedFixes();
        simulator.start();
        return simulator;
    }

    /** Waits until every stream entry was read by the ingest group and acknowledged (nothing new, nothing pending). */
    void awaitIngestDrained(Duration timeout) throws InterruptedException {
        try (StatefulRedisConnection<String, String> c = redisClient().connect()) {
            OsProcess.await("ingest drained the positions stream", () -> {
                GroupState state = groupState(c);
                return state.pending() == 0 && state.lag() == 0;
            }, timeout);
        }
    }

    record GroupState(long pending, long lag, Map<String, Long> pendingByConsumer) {
    }

    GroupState groupState() {
        try (StatefulRedisConnection<String, String> c = redisClient().connect()) {
            return groupState(c);
        }
    }

    private static GroupState groupState(StatefulRedisConnection<String, String> c) {
        String stream = PREFIX + "positions";
        for (Object group : c.sync().xinfoGroups(stream)) {
            Map<String, Object> fields = pairs((List<?>) group);
            if (GROUP.equals(fields.get("name"))) {
                // Entries after the group's last delivered id, counted: the "lag" Redis reports is derived from
                // counters it does not keep exact across a restart (seen: 84,102 with the whole stream delivered
                // after two Redis kills in a soak), so the rig would wait for a drain that had happened long ago.
                long lag = c.sync().xrange(stream, Range.from(Range.Boundary.excluding(
                        String.valueOf(fields.get("last-delivered-id"))), Range.Boundary.unbounded())).size();
                Map<String, Long> byConsumer = new HashMap<>();
                for (Object consumer : c.sync().xinfoConsumers(stream, GROUP)) {
                    Map<String, Object> cf = pairs((List<?>) consumer);
                    byConsumer.put((String) cf.get("name"), ((Number) cf.get("pending")).longValue());
                }
                return new GroupState(((Number) fields.get("pending")).longValue(), lag, byConsumer);
            }
        }
        throw new IllegalStateException("no consumer group " + GROUP + " on " + stream);
    }

    private static Map<String, Object> pairs(List<?> list) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < list.size(); i += 2) {
            map.put(String.valueOf(list.get(i)), list.get(i + 1));
        }
        return map;
    }

    long streamLength() {
        try (StatefulRedisConnection<String, String> c = redisClient().connect()) {
            return c.sync().xlen(PREFIX + "positions");
        }
    }

    /** Whether the consumer's PostgreSQL session is inside a transaction that has written (holds an xid). */
    boolean inOpenWriteTransaction(String consumer) throws Exception {
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM "
                + "pg_stat_activity WHERE application_name = ? AND backend_xid IS NOT NULL")) {
            s.setString(1, consumer);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Kills the consumer's process with SIGKILL while one of its batch transactions is open, as TrackProcessKillTest
     * does: freeze it (SIGSTOP) when its session holds an xid, look again, and kill only if the transaction is still
     * open, since it could have committed between the look and the signal. Returns its entries left pending.
     */
    long killMidBatch(String consumer, Duration timeout) throws Exception {
        IngestNode victim = ingest.get(consumer);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (inOpenWriteTransaction(consumer)) {
                OsProcess.signal(victim.process().pid(), "STOP");
                Thread.sleep(100);
                if (inOpenWriteTransaction(consumer)) {
                    OsProcess.kill9(victim.process());
                    Long pending = groupState().pendingByConsumer().get(consumer);
                    return pending == null ? 0 : pending;
                }
                OsProcess.signal(victim.process().pid(), "CONT");
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("never caught " + consumer + " inside a batch transaction");
    }

    /** One client for the rig's own Redis commands (its connections are opened and closed per use). */
    synchronized RedisClient redisClient() {
        if (redisClient == null) {
            redisClient = RedisClient.create(redis.url());
        }
        return redisClient;
    }

    StatefulRedisConnection<byte[], byte[]> binaryRedis() {
        return redisClient().connect(ByteArrayCodec.INSTANCE);
    }

    /** Every stored position of the fleet's terminals: phone → fix time (epoch s) → stored coordinates, one per row. */
    Map<String, Map<Long, List<String>>> stored(Fleet fleet) throws Exception {
        Map<String, Map<Long, List<String>>> rows = new HashMap<>();
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement("SELECT phone, "
                + "extract(epoch FROM fix_time)::bigint, ST_AsText(geom) FROM position WHERE vehicle_id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", fleet.vehicleOfPhone().values().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getString(1).replaceFirst("^0+", ""), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return rows;
    }

    long rejected(Fleet fleet) throws Exception {
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM rejected_position WHERE phone = ANY(?)")) {
            s.setArray(1, c.createArrayOf("varchar", fleet.vehicleOfPhone().keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Why positions of the fleet were rejected, for the failure message: reason, fix time and detail. */
    List<String> rejections(Fleet fleet) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement("SELECT phone, reason, fix_time, "
                + "detail, stream_id, item_index FROM rejected_position WHERE phone = ANY(?) ORDER BY id LIMIT 20")) {
            s.setArray(1, c.createArrayOf("varchar", fleet.vehicleOfPhone().keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " fix " + rs.getString(3) + " entry "
                            + rs.getString(5) + "#" + rs.getInt(6) + ": " + rs.getString(4));
                }
            }
        }
        return out;
    }

    private JsonNode post(IngestNode api, String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + KeyDirTokens.administrator(IngestNode.keysDir(dir)))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " → " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private static String plate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder plate = new StringBuilder("浙A·");
        for (int i = 0; i < 5; i++) {
            plate.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return plate.toString();
    }

    @Override
    public void close() throws Exception {
        ingest.values().forEach(IngestNode::close);
        balancer.close();
        gateways.forEach(GatewayNode::close);
        roads.close();
        if (redisClient != null) {
            redisClient.shutdown();
        }
        redis.close();
        pg.close();
    }
}
