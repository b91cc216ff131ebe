package io.fleet.dispatch.trip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.fleet.dispatch.support.Api;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the driver's phone does to a trip: stamped steps, milestones, readings, expenses, problems, and the inboxes. */
@QuarkusTest
class TripExecutionTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final String prefix = ConfigProvider.getConfig().getValue("fleet.redis.prefix", String.class);
    private final RedisClient redisClient = RedisClient.create(
            ConfigProvider.getConfig().getValue("fleet.redis.url", String.class));
    private final io.lettuce.core.api.StatefulRedisConnection<String, String> redis = redisClient.connect();

    private long unit;
    private long car;
    private long driver;
    private long driverAccount;
    private long requesterAccount;
    private long approverAccount;
    private String requesterName;

    @BeforeEach
    void aTripReadyToRun() {
        unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        car = Api.vehicle(unit, Api.uniquePlate());
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        driver = given().contentType(ContentType.JSON)
                .body(Map.of("orgId", unit, "name", "王师傅", "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        requesterName = Api.unique("李科员");
        driverAccount = account(Map.of("role", "DRIVER", "driverId", driver, "displayName", "王师傅"));
        requesterAccount = account(Map.of("role", "REQUESTER", "orgId", unit, "displayName", requesterName));
        approverAccount = account(Map.of("role", "APPROVER", "orgId", unit, "displayName", "赵处长"));
    }

    @AfterEach
    void closeRedis() {
        redis.close();
        redisClient.shutdown();
    }

    private static long account(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("username", Api.unique("u"));
        body.put("password", "correct horse battery");
        return given().contentType(ContentType.JSON).body(body).post("/api/accounts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long submitApproveAssign() {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", unit);
        body.put("requester", requesterName);
        body.put("category", "GENERAL");
        body.put("passengers", 2);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", 1.5211);
        body.put("pickupLat", 42.5063);
        body.put("windowStart", NINE.toString());
        body.put("windowEnd", NINE.plusHours(2).toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 1.5340, "lat", 42.5096)));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        step(id, "approve", Map.of("actor", "赵处长"), 200);
        step(id, "assign", Map.of("actor", "张调度", "vehicleId", car, "driverId", driver), 200);
        return id;
    }

    private JsonPath step(long id, String action, Map<String, Object> extra, int status) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "王师傅");
        body.putIfAbsent("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        return given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(status).extract().jsonPath();
    }

    private List<StreamMessage<String, String>> inbox(long account) {
        return redis.sync().xrange(prefix + "mobile:inbox:" + account, Range.create("-", "+"));
    }

    @Test
    void theDriverRunsATripWithPositionsMilestonesAndReadings() {
        long id = submitApproveAssign();
        step(id, "accept", Map.of("lon", 1.52, "lat", 42.50, "phoneTime", "2026-12-02T08:40:00+08:00"), 200);
        JsonPath started = step(id, "start", Map.of("odometerKm", 12345.6, "energyPercent", 80,
                "photo", "data:image/png;base64,iVBORw0KGgo="), 200);
        assertThat(started.getString("phase")).isEqualTo("DEPARTED");
        step(id, "at-pickup", Map.of(), 200);
        step(id, "aboard", Map.of(), 200);
        step(id, "at-pickup", Map.of(), 409);
        assertThat(step(id, "arrive", Map.of("lon", 1.534), 400).getString("violations[0].field")).isEqualTo("lat");
        step(id, "arrive", Map.of("lon", 1.534, "lat", 42.5096), 200);
        step(id, "complete", Map.of("odometerKm", 12000), 400);
        JsonPath done = step(id, "complete", Map.of("odometerKm", 12371.2, "energyPercent", 61), 200);

        assertThat(done.getString("state")).isEqualTo("COMPLETED");
        assertThat(done.getFloat("startOdometerKm")).isEqualTo(12345.6f);
        assertThat(done.getFloat("endOdometerKm")).isEqualTo(12371.2f);
        assertThat(done.getInt("endEnergyPercent")).isEqualTo(61);
        assertThat(done.getList("events.action")).containsExactly(
                "SUBMIT", "APPROVE", "ASSIGN", "ACCEPT", "START", "AT_PICKUP", "ABOARD", "ARRIVE", "COMPLETE");
        Map<String, Object> accept = done.getMap("events[3].details");
        assertThat(accept).containsEntry("lon", 1.52f).containsEntry("lat", 42.5f)
                .containsEntry("phoneTime", "2026-12-02T00:40Z");
        assertThat(done.getMap("events[4].details")).containsKeys("photoId", "odometerKm", "energyPercent");

    }

    @Test
    void aDriverSeesTheTripsAssignedToHimFromADayOn() {
        long id = submitApproveAssign();
        given().queryParam("driverId", driver).queryParam("from", NINE.minusDays(1).toString()).get("/api/trip-requests")
                .then().statusCode(200).body("id", equalTo(List.of((int) id)));
        given().queryParam("driverId", driver).queryParam("from", NINE.plusDays(1).toString()).get("/api/trip-requests")
                .then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("requester", requesterName).get("/api/trip-requests")
                .then().statusCode(200).body("id", equalTo(List.of((int) id)));
        given().queryParam("driverId", driver).queryParam("from", "yesterday").get("/api/trip-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void expensesAreKeptOnTripsThatWereDriven() {
        long id = submitApproveAssign();
        given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", "TOLL", "amountCents", 1500))
                .post("/api/trip-requests/" + id + "/expenses").then().statusCode(409);
        step(id, "accept", Map.of(), 200);
        given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", "TOLL", "amountCents", 1500,
                "note", "绕城高速")).post("/api/trip-requests/" + id + "/expenses").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", "PARKING", "amountCents", -1))
                .post("/api/trip-requests/" + id + "/expenses").then().statusCode(400)
                .body("violations[0].field", containsString("amountCents"));
        given().get("/api/trip-requests/" + id + "/expenses").then().statusCode(200)
                .body("kind", equalTo(List.of("TOLL"))).body("amountCents", equalTo(List.of(1500)));
    }

    @Test
    void changesReachTheInboxesOfTheDriverRequesterAndApproverAfterCommit() {
        long id = submitApproveAssign();
        assertThat(inbox(approverAccount)).extracting(m -> m.getBody().get("action"))
                .containsExactly("SUBMIT", "APPROVE", "ASSIGN");
        assertThat(inbox(requesterAccount)).extracting(m -> m.getBody().get("action"))
                .containsExactly("SUBMIT", "APPROVE", "ASSIGN");
        assertThat(inbox(driverAccount)).extracting(m -> m.getBody().get("action")).containsExactly("ASSIGN");

        step(id, "refuse", Map.of("reason", "车辆故障"), 200);
        List<StreamMessage<String, String>> driverInbox = inbox(driverAccount);
        assertThat(driverInbox).extracting(m -> m.getBody().get("action")).containsExactly("ASSIGN", "REFUSE");
        assertThat(driverInbox.get(1).getBody()).containsEntry("state", "APPROVED").containsEntry("summary", "车辆故障");

        // A refused step (stale version) is not announced.
        given().contentType(ContentType.JSON).body(Map.of("actor", "x", "version", 0, "reason", "r"))
                .post("/api/trip-requests/" + id + "/cancel").then().statusCode(409);
        assertThat(inbox(requesterAccount)).hasSize(4);
    }

    @Test
    void aProblemReachesDispatchersAtOnceAndStaysInTheAuditTrail() throws Exception {
        long id = submitApproveAssign();
        step(id, "accept", Map.of(), 200);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        var pubsub = redisClient.connectPubSub();
        pubsub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                heard.add(message);
            }
        });
        pubsub.sync().subscribe(prefix + "trip-problems");
        try {
            JsonPath after = given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", "BREAKDOWN",
                    "description", "爆胎", "lon", 1.53, "lat", 42.51)).post("/api/trip-requests/" + id + "/problems")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(after.getString("events[-1].action")).isEqualTo("PROBLEM");
            assertThat(after.getMap("events[-1].details")).containsEntry("kind", "BREAKDOWN").containsEntry("lon", 1.53f);
            String message = heard.poll(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message).contains("\"requestId\":" + id).contains("BREAKDOWN: 爆胎");
        } finally {
            pubsub.close();
        }
        given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", "METEOR", "description", "x"))
                .post("/api/trip-requests/" + id + "/problems").then().statusCode(400);
    }
}
