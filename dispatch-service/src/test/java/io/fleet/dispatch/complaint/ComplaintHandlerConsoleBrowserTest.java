package io.fleet.dispatch.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.fleet.dispatch.notification.NotificationFeed;
import io.fleet.dispatch.support.BrowserScenario;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.Reports;
import io.fleet.dispatch.track.TrackFixtures;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The complaint handler's main flow in Chromium against the real service: a car on a trip order drives past a place
 * (reports through the positions stream, ingest and movements); the handler traces plate, time and place in the
 * console and sees the car there with its order, requester, approver, dispatcher and driver, and replays the track;
 * then registers the hotline complaint and takes the case from received to closed
 * (web-console/e2e/complaint-handler.mjs).
 */
@QuarkusTest
class ComplaintHandlerConsoleBrowserTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    // Monaco: inside the tests' map extract (a base map under the replay), away from the other tests' places
    private static final double LAT = 43.7280;
    private static final double LON = 7.4120;

    @TestHTTPResource("/")
    URL root;
    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    DeadlineReminders reminders;
    @Inject
    NotificationFeed notifications;

    private final LocalDate day = LocalDate.now(CST).minusDays(4);

    private Instant at(String hhmm) {
        return ZonedDateTime.of(day, LocalTime.parse(hhmm), CST).toInstant();
    }

    @Test
    void aHandlerTracesTheCarToItsTripOrderAndTakesTheCaseToItsEnd() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        String plate = given().get("/api/vehicles/" + car.vehicleId()).then().statusCode(200).extract().path("plate");
        List<TrackPoint> points = new Scenario(at("08:55"), LAT, LON).stand(5, true, 0).drive(10, 9).stand(10, false, 0).points();
        TrackPoint passing = points.get(30 + 30); // 09:05
        try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary()) {
            PositionStreamWriter stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
            PositionIngestor ingestor = ingestion.newIngestor("console-complaint-" + System.nanoTime(), connection);
            for (TrackPoint p : points) {
                stream.add(car.phone(), Reports.at(p.time(), p.latitude(), p.longitude(), p.speedKmh(), p.acc(), p.mileageKm()));
            }
            while (ingestor.pollOnce() > 0) {
                // ingest everything sent
            }
            movements.updateAll();
        }
        long trip = tripOn(car.orgId(), car.vehicleId());

        // an earlier case whose deadline nears while the handler has the cases open: the reminder is pushed to the page
        Map<String, Object> earlier = new HashMap<>();
        earlier.put("channel", "HOTLINE");
        earlier.put("actor", "12345接线员");
        earlier.put("plate", plate);
        earlier.put("seenFrom", ZonedDateTime.of(day, LocalTime.parse("08:00"), CST).toOffsetDateTime().toString());
        earlier.put("lat", LAT);
        earlier.put("lon", LON);
        earlier.put("placeText", "港口");
        earlier.put("description", "公车停在港口");
        earlier.put("contact", "13800138000");
        long reminded = given().contentType(ContentType.JSON).body(earlier).post("/api/complaints").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Instant due = Instant.parse(given().get("/api/complaints/" + reminded).then().extract().path("dueAt"));
        int listening = notifications.clients();
        CompletableFuture<Void> remind = CompletableFuture.runAsync(() -> {
            try {
                long deadline = System.currentTimeMillis() + 90_000;
                while (notifications.clients() <= listening && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1000);
                reminders.remind(due.minusSeconds(3600)); // as the scheduled job does an hour before the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        BrowserScenario.run("complaint-handler", root.toString(), plate, day.toString(),
                String.valueOf(passing.latitude()), String.valueOf(passing.longitude()), String.valueOf(trip),
                String.valueOf(reminded));
        remind.get(30, TimeUnit.SECONDS);

        long id = Long.parseLong(Files.readString(Path.of("target/e2e/complaint-handler-id.txt")).strip());
        JsonPath c = given().get("/api/complaints/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("state")).isEqualTo("CLOSED");
        assertThat(c.getString("channel")).isEqualTo("HOTLINE");
        assertThat(c.getString("outcome")).isEqualTo("SUBSTANTIATED");
        assertThat(c.getLong("vehicleId")).isEqualTo(car.vehicleId());
        assertThat(c.getLong("tripRequestId")).isEqualTo(trip);
        assertThat(c.getString("satisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(c.getList("events.action")).containsSubsequence("RECEIVE", "ASSIGN", "INVESTIGATE", "CONCLUDE", "REPLY", "CLOSE");
    }

    /**
     * An order 08:30-11:00 requested by 李科员, approved and dispatched by the signed-in test operator (the steps' actor
     * fields are ignored since the audit work), driven by 王师傅 08:56-09:25.
     */
    private long tripOn(long unit, long vehicle) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", unit);
        body.put("requester", "李科员");
        body.put("category", "GENERAL");
        body.put("passengers", 2);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", LON);
        body.put("pickupLat", LAT);
        body.put("windowStart", at("08:30").atZone(CST).toOffsetDateTime().toString());
        body.put("windowEnd", at("11:00").atZone(CST).toOffsetDateTime().toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", LON + 0.01, "lat", LAT + 0.01)));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long driver = given().contentType(ContentType.JSON)
                .body(Map.of("orgId", unit, "name", "王师傅", "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        step(id, "approve", Map.of("actor", "赵处长"));
        step(id, "assign", Map.of("actor", "张调度", "vehicleId", vehicle, "driverId", driver));
        step(id, "accept", Map.of("actor", "王师傅"));
        step(id, "start", Map.of("actor", "王师傅", "phoneTime", at("08:56").atZone(CST).toOffsetDateTime().toString()));
        step(id, "complete", Map.of("actor", "王师傅", "phoneTime", at("09:25").atZone(CST).toOffsetDateTime().toString()));
        return id;
    }

    private void step(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(200);
    }
}
