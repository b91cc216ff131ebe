package io.fleet.mobile.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fleet.mobile.support.LocalPlatform;
import io.fleet.mobile.support.Phone;
import io.fleet.mobile.support.Platform;
import io.lettuce.core.RedisClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole trips from phones against the real dispatch-service (its own process and database), PostgreSQL and Redis:
 * sign-in, request, approval, push of the assignment, the driver's steps, retries after a lost response, an offline
 * queue applied in order or refused because the trip changed, catch-up after being offline, sign-out.
 */
@QuarkusTest
class MobileTripTest {

    private static final String TOMORROW_NINE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1)
            .atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();

    private long unit;
    private long car;
    private long driverId;
    private String requesterName;
    private Phone requester;
    private Phone approver;
    private Phone driver;
    private String requesterUser;
    private String approverUser;
    private String driverUser;

    @BeforeEach
    void people() {
        unit = Platform.organisation(Platform.organisation(null, "CITY_BUREAU"), "UNIT");
        car = Platform.vehicle(unit);
        driverId = Platform.driver(unit, "王师傅");
        requesterName = Platform.unique("张科员");
        requesterUser = Platform.account("REQUESTER", requesterName, unit, null);
        approverUser = Platform.account("APPROVER", "李处长", unit, null);
        driverUser = Platform.account("DRIVER", "王师傅", null, driverId);
        requester = Phone.signIn(requesterUser);
        approver = Phone.signIn(approverUser);
        driver = Phone.signIn(driverUser);
    }

    private long submit() {
        return requester.write("/api/trips", Platform.requestBody(TOMORROW_NINE)).statusCode(201)
                .body("requester", equalTo(requesterName)).body("orgId", equalTo((int) unit))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aWholeTripFromThePhones() throws Exception {
        try (Phone.Push driverPush = driver.push(RestAssured.port, null)) {
            assertThat(driverPush.next("ready", 10)).as("push stream opened").isNotNull();
            long id = submit();
            approver.api().get("/api/trips?state=SUBMITTED").then().statusCode(200).body("id", hasItem((int) id));
            approver.step(id, "approve", 0, Map.of()).statusCode(200).body("approver", equalTo(approverUser));

            Platform.assign(id, car, driverId);
            Map<String, String> assigned = driverPush.next("trip", 10);
            assertThat(assigned).as("the assignment was pushed").isNotNull();
            assertThat(assigned.get("data")).contains("\"requestId\":\"" + id + "\"").contains("\"action\":\"ASSIGN\"");

            driver.api().get("/api/trips").then().statusCode(200).body("id", hasItem((int) id));
            int v = Platform.trip(id).getInt("version");
            v = driver.step(id, "accept", v, Map.of("lon", 7.42, "lat", 43.73, "phoneTime", TOMORROW_NINE))
                    .statusCode(200).extract().path("version");
            v = driver.step(id, "start", v, Map.of("odometerKm", 1000.5, "energyPercent", 90)).statusCode(200)
                    .extract().path("version");
            v = driver.step(id, "at-pickup", v, Map.of()).statusCode(200).extract().path("version");
            v = driver.step(id, "aboard", v, Map.of()).statusCode(200).extract().path("version");
            driver.write("/api/trips/" + id + "/expenses", Map.of("kind", "PARKING", "amountCents", 800)).statusCode(201);
            v = driver.step(id, "arrive", v, Map.of()).statusCode(200).extract().path("version");
            v = driver.step(id, "complete", v, Map.of("odometerKm", 1012.0, "energyPercent", 84)).statusCode(200)
                    .extract().path("version");
            requester.step(id, "evaluate", v, Map.of("rating", 5)).statusCode(200).body("state", equalTo("EVALUATED"));

            var trip = Platform.trip(id);
            assertThat(trip.getList("events.action")).containsExactly("SUBMIT", "APPROVE", "ASSIGN", "ACCEPT", "START",
                    "AT_PICKUP", "ABOARD", "EXPENSE", "ARRIVE", "COMPLETE", "EVALUATE");
            // dispatch-service records the person of the forwarded token (their username), whatever the body says
            assertThat(trip.getList("events.actor")).containsExactly(requesterUser, approverUser, "test-operator",
                    driverUser, driverUser, driverUser, driverUser, driverUser, driverUser, driverUser, requesterUser);
            assertThat(trip.getMap("events[3].details")).containsKeys("lon", "lat", "phoneTime");
        }
    }

    @Test
    void aRetryAfterALostResponseGetsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Platform.requestBody(TOMORROW_NINE);
        long first = requester.write("/api/trips", body, key).statusCode(201).extract().jsonPath().getLong("id");
        var retry = requester.write("/api/trips", body, key).statusCode(201).header("Idempotent-Replayed", "true")
                .extract().jsonPath();
        assertThat(retry.getLong("id")).isEqualTo(first);
        assertThat(requester.api().get("/api/trips").then().extract().jsonPath().getList("id")).containsOnlyOnce((int) first);

        // A refusal is an answer too: the retry of a refused step is refused the same way, not tried again.
        String stepKey = UUID.randomUUID().toString();
        requester.write("/api/trips/" + first + "/cancel", Map.of("version", 0), stepKey).statusCode(400);
        requester.write("/api/trips/" + first + "/cancel", Map.of("version", 0), stepKey).statusCode(400)
                .header("Idempotent-Replayed", "true");
        // The same key for a different request is refused.
        requester.write("/api/trips/" + first + "/cancel", Map.of("version", 0, "reason", "会议取消"), stepKey).statusCode(422);
    }

    @Test
    void anOfflineQueueIsAppliedInOrderOrRefusedWhenTheTripChangedMeanwhile() {
        long id = submit();
        approver.step(id, "approve", 0, Map.of()).statusCode(200);
        int seen = Platform.assign(id, car, driverId).getInt("version");

        // In a tunnel: the driver accepts and departs; the app queues both with the versions it expects.
        var queue = List.of(Map.entry("accept", seen), Map.entry("start", seen + 1));
        for (var queued : queue) {
            driver.step(id, queued.getKey(), queued.getValue(), Map.of("phoneTime", TOMORROW_NINE)).statusCode(200);
        }
        assertThat(Platform.trip(id).getString("state")).isEqualTo("UNDER_WAY");

        // A second trip: while the driver is offline with "accept" queued, the requester cancels it.
        long other = submit();
        approver.step(other, "approve", 0, Map.of()).statusCode(200);
        int otherSeen = Platform.assign(other, car, driverId).getInt("version");
        requester.step(other, "cancel", otherSeen, Map.of("reason", "会议取消")).statusCode(200);
        driver.step(other, "accept", otherSeen, Map.of()).statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("CANCELLED"))
                .body("lastChange.details.reason", equalTo("会议取消"));
        assertThat(Platform.trip(other).getString("state")).isEqualTo("CANCELLED");
    }

    @Test
    void aPhoneThatWasOfflineCatchesUpFromTheLastEntryItSaw() throws Exception {
        long id = submit();
        String lastSeen;
        try (Phone.Push push = requester.push(RestAssured.port, null)) {
            lastSeen = push.next("ready", 10).get("id");
        }
        approver.step(id, "approve", 0, Map.of()).statusCode(200);
        Platform.assign(id, car, driverId);
        try (Phone.Push push = requester.push(RestAssured.port, lastSeen)) {
            Map<String, String> first = push.next("trip", 10);
            Map<String, String> second = push.next("trip", 10);
            assertThat(first.get("data")).contains("\"action\":\"APPROVE\"");
            assertThat(second.get("data")).contains("\"action\":\"ASSIGN\"");
            assertThat(second.get("id")).isGreaterThan(first.get("id"));
        }
    }

    @Test
    void theRequesterSeesWhereTheCarIsAndWhenItArrives() {
        long id = submit();
        requester.api().get("/api/trips/" + id + "/position").then().statusCode(200).body("status", equalTo("NO_VEHICLE"));
        approver.step(id, "approve", 0, Map.of()).statusCode(200);
        Platform.assign(id, car, driverId);
        requester.api().get("/api/trips/" + id + "/position").then().statusCode(200).body("status", equalTo("NO_POSITION"));

        // The car's newest position as dispatch-service's ingest keeps it ({P}live, one JSON per vehicle).
        // with the car's organisation path, as ingest writes it: the requester sees only his subtree's cars
        String carPath = "/" + Platform.dispatch().get("/api/organisations/" + unit).then().statusCode(200).extract()
                .jsonPath().getLong("parentId") + "/" + unit + "/";
        RedisClient client = RedisClient.create(System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379"));
        try (var redis = client.connect()) {
            redis.sync().hset(LocalPlatform.redisPrefix + "live", Long.toString(car), ("{\"fixTimeMillis\":%d,\"vehicleId\":%d,"
                    + "\"plate\":\"浙A·TEST1\",\"orgPath\":\"" + carPath + "\",\"phone\":\"1\",\"latitude\":43.7330,\"longitude\":7.4180,"
                    + "\"speedKmh\":30.0,\"course\":0,\"altitudeM\":0,\"acc\":true,\"alarmBits\":0,\"statusBits\":0,"
                    + "\"fixTime\":\"2026-01-01T00:00:00Z\",\"serverTime\":\"2026-01-01T00:00:00Z\",\"backfill\":false}")
                    .formatted(System.currentTimeMillis(), car));
        } finally {
            client.shutdown();
        }
        var position = requester.api().get("/api/trips/" + id + "/position").then().statusCode(200).extract().jsonPath();
        assertThat(position.getString("status")).isEqualTo("LIVE");
        assertThat(position.getString("plate")).isEqualTo("浙A·TEST1");
        assertThat(position.getString("etaTo")).isEqualTo("PICKUP");
        assertThat(position.getLong("etaSeconds")).as("driving time on Monaco's roads").isPositive();
        assertThat(position.getLong("distanceMeters")).isPositive();
    }

    @Test
    void phonesSeeAndDoOnlyWhatIsTheirs() {
        long id = submit();
        Phone otherDriver = Phone.signIn(Platform.account("DRIVER", "李师傅", null, Platform.driver(unit, "李师傅")));
        approver.step(id, "approve", 0, Map.of()).statusCode(200);
        Platform.assign(id, car, driverId);
        otherDriver.api().get("/api/trips/" + id).then().statusCode(404);
        otherDriver.step(id, "accept", 2, Map.of()).statusCode(404);
        requester.step(id, "accept", 2, Map.of()).statusCode(403);
        driver.api().body(Map.of("version", 2)).post("/api/trips/" + id + "/accept").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        RestAssured.given().contentType(ContentType.JSON).get("/api/trips").then().statusCode(401);
        RestAssured.given().header("Authorization", "Bearer " + driver.token + "x").get("/api/trips").then().statusCode(401);
    }

    @Test
    void signInIsCheckedByDispatchAndSignOutEndsTheToken() {
        String username = Platform.account("REQUESTER", "周科员", unit, null);
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "wrong password", "deviceId", "phone-one-1"))
                .post("/api/session").then().statusCode(401).body("detail", equalTo("wrong username or password"));
        Phone phone = Phone.signIn(username, "phone-one-1");
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Platform.PASSWORD, "deviceId", "phone-two-2"))
                .post("/api/session").then().statusCode(403);
        phone.api().get("/api/session").then().statusCode(200).body("displayName", equalTo("周科员"));
        phone.api().delete("/api/session").then().statusCode(204);
        phone.api().get("/api/session").then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("username", username))
                .post("/api/session").then().statusCode(400).body("violations[0].field", equalTo("password"));
    }
}
