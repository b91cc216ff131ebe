package io.fleet.dispatch.console;

import static io.fleet.dispatch.support.SimulatedFleet.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.fleet.dispatch.support.SimulatedFleet;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's main flow in a real browser against the real service: queue, proposals, one-click assign, drag
 * to re-assign, the vehicle board, the live map fed by real terminals (simulator → gateway → ingest → SSE), and the
 * day plan. The outcome is then read back through the API.
 */
@QuarkusTest
class DispatcherConsoleBrowserTest {

    static final double[] FONTVIEILLE = {7.4150, 43.7275};
    static final double[] MONACO_VILLE = {7.4197, 43.7311};
    static final double[] CONDAMINE = {7.4210, 43.7357};
    static final double[] CASINO = {7.4278, 43.7396};

    @TestHTTPResource("/")
    URL root;

    @Inject
    RedisConfig redisConfig;

    @Inject
    TrackIngestion ingestion;

    @Test
    void queueProposalsAssignDragReassignBoardLiveMapAndDayPlan() throws Exception {
        long bureau = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(bureau, "UNIT");
        List<Long> cars = new ArrayList<>();
        for (double[] home : new double[][] {MONACO_VILLE, CASINO, CONDAMINE}) {
            cars.add(vehicle(bureau, home));
        }
        for (int i = 0; i < 3; i++) {
            onShiftNow(driver(bureau));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        long later = request(unit, "GENERAL", MONACO_VILLE, CASINO, now.plusHours(2));
        approve(later);
        long emergency = request(unit, "EMERGENCY", FONTVIEILLE, CONDAMINE, now.plusMinutes(10));
        // Hangzhou's West Lake: no road of the tests' Monaco map leads there
        long offMap = request(unit, "EMERGENCY", new double[] {120.1480, 30.2590}, CONDAMINE, now.plusMinutes(40));

        long firstPhone = 14_700_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10;
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("phone", Long.toString(firstPhone + i), "vehicleId", cars.get(i), "enabled", true))
                    .post("/api/terminals").then().statusCode(201);
        }
        ingestion.startConsumers();
        try (SimulatedFleet fleet = SimulatedFleet.start(redisConfig, firstPhone, 2, "1")) {
            await("the terminals reported", () -> fleet.stats().positionsAcked.sum() >= 2, Duration.ofSeconds(60));
            BrowserScenario.runAs(Set.of(AccountRole.DISPATCHER), "console-dispatcher", root.toString(), Long.toString(emergency), Long.toString(bureau),
                    Long.toString(offMap));
        } finally {
            ingestion.stopConsumers();
        }

        JsonPath seen = new JsonPath(Files.readString(Path.of("target/e2e/console-dispatcher.json")));
        long first = seen.getLong("firstVehicle");
        long target = seen.getLong("targetVehicle");
        assertThat(first).isNotEqualTo(target);
        JsonPath trip = given().get("/api/trip-requests/" + emergency).then().statusCode(200).extract().jsonPath();
        assertThat(trip.getString("state")).isEqualTo("SCHEDULED");
        assertThat(trip.getLong("vehicleId")).as("the drag moved the request").isEqualTo(target);
        assertThat(trip.getList("events.action", String.class)).containsSubsequence("ASSIGN", "ASSIGN");
    }

    private static long vehicle(long org, double[] home) {
        Map<String, Object> body = Api.vehicleBody(org, Api.uniquePlate());
        body.put("pool", "EMERGENCY");
        body.put("homeLot", Api.square(home[0] - 0.0005, home[1] - 0.0005, 0.001));
        return given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long driver(long org) {
        String phone = "137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return given().contentType(ContentType.JSON)
                .body(Map.of("orgId", org, "name", "驾驶员" + phone.substring(7), "phone", phone, "licenceClass", "B1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void onShiftNow(long driver) {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.ZonedDateTime start = now.minusHours(1);
        if (start.toLocalDate().isBefore(now.toLocalDate())) {
            start = now.toLocalDate().atStartOfDay(now.getZone());
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "SHIFT", "startsAt", start.toOffsetDateTime().toString(),
                        "endsAt", start.plusHours(12).toOffsetDateTime().toString(), "actor", "车队长"))
                .post("/api/drivers/" + driver + "/shifts").then().statusCode(201);
    }

    private static long request(long org, String category, double[] from, double[] to, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("requester", "李科员");
        body.put("category", category);
        body.put("passengers", 1);
        body.put("pickupPlace", "上车点");
        body.put("pickupLon", from[0]);
        body.put("pickupLat", from[1]);
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plusMinutes(40).toString());
        body.put("destinations", List.of(Map.of("name", "目的地", "lon", to[0], "lat", to[1])));
        return given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void approve(long id) {
        int version = given().get("/api/trip-requests/" + id).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("actor", "王领导", "version", version))
                .post("/api/trip-requests/" + id + "/approve").then().statusCode(200);
    }
}
