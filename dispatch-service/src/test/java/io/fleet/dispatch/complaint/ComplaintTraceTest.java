package io.fleet.dispatch.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.RegistryApi;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tracing on positions ingested for real (the gateway's stream → the ingestor → the day partitions → movements): a
 * car drives past the complained-of place at 09:05 on a trip order; another car with a similar plate is 15 km away.
 */
@QuarkusTest
class ComplaintTraceTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final String UTF8 = "text/plain; charset=UTF-8";

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;

    private StatefulRedisConnection<byte[], byte[]> connection;
    private PositionStreamWriter stream;
    private PositionIngestor ingestor;
    // a day and an area of their own: other tests' near-place searches share the database
    private final LocalDate day = LocalDate.now(CST).minusDays(5);
    private static final double HOME_LAT = 30.6500;
    private static final double HOME_LON = 120.6500;

    private String plate;
    private long car;
    private long unit;
    private long elsewhereCar;
    private String elsewherePlate;
    private long trip;
    private TrackPoint passing;

    @BeforeEach
    void aCarDrivesPastOnATripWhileAnotherIsElsewhere() throws Exception {
        connection = redis.binary();
        stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
        ingestor = ingestion.newIngestor("complaint-test", connection);

        TrackFixtures.Car a = TrackFixtures.car();
        car = a.vehicleId();
        unit = a.orgId();
        plate = given().get("/api/vehicles/" + car).then().statusCode(200).extract().path("plate");
        Scenario drive = new Scenario(at("08:55"), HOME_LAT, HOME_LON).stand(5, true, 0).drive(10, 36).stand(10, false, 0);
        passing = drive.points().get(30 + 30); // 5 min standing (30 points), then the 30th point of the drive: 09:05
        send(a, drive.points());

        TrackFixtures.Car b = TrackFixtures.car(a.orgId());
        elsewhereCar = b.vehicleId();
        elsewherePlate = given().get("/api/vehicles/" + elsewhereCar).then().extract().path("plate");
        send(b, new Scenario(at("08:55"), HOME_LAT + 0.12, HOME_LON + 0.14).drive(25, 30).points());

        trip = tripOn(a.orgId(), car, true);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private Instant at(String hhmm) {
        return ZonedDateTime.of(day, LocalTime.parse(hhmm), CST).toInstant();
    }

    private void send(TrackFixtures.Car car, List<TrackPoint> points) throws Exception {
        for (TrackPoint p : points) {
            stream.add(car.phone(), Reports.at(p.time(), p.latitude(), p.longitude(), p.speedKmh(), p.acc(), p.mileageKm()));
        }
        while (ingestor.pollOnce() > 0) {
            // ingest everything sent
        }
        movements.updateAll();
    }

    /**
     * A trip order 08:30-11:00 requested by 李科员, approved and dispatched by the signed-in test operator (the
     * trail records the caller, not a step's "actor"), driven by 王师傅, who (when {@code driven}) started it at
     * 08:56 and completed it at 09:25 by his phone's clock, sent later.
     */
    private long tripOn(long unit, long vehicle, boolean driven) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", unit);
        body.put("requester", "李科员");
        body.put("category", "GENERAL");
        body.put("passengers", 2);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", HOME_LON);
        body.put("pickupLat", HOME_LAT);
        body.put("windowStart", at("08:30").atZone(CST).toOffsetDateTime().toString());
        body.put("windowEnd", at("11:00").atZone(CST).toOffsetDateTime().toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 120.1500, "lat", 30.2400)));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long driver = given().contentType(ContentType.JSON)
                .body(Map.of("orgId", unit, "name", "王师傅", "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        step(id, "approve", Map.of("actor", "赵处长"));
        step(id, "assign", Map.of("actor", "张调度", "vehicleId", vehicle, "driverId", driver));
        step(id, "accept", Map.of("actor", "王师傅"));
        if (driven) {
            step(id, "start", Map.of("actor", "王师傅", "phoneTime", at("08:56").atZone(CST).toOffsetDateTime().toString()));
            step(id, "complete", Map.of("actor", "王师傅", "phoneTime", at("09:25").atZone(CST).toOffsetDateTime().toString()));
        }
        return id;
    }

    private void step(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(200);
    }

    private JsonPath trace(String plateText, String hhmm, Integer tolerance) {
        var request = given().queryParam("plate", plateText)
                .queryParam("from", at(hhmm).atZone(CST).toOffsetDateTime().toString())
                .queryParam("lat", passing.latitude()).queryParam("lon", passing.longitude());
        if (tolerance != null) {
            request.queryParam("tolerance", tolerance);
        }
        return request.get("/api/complaint-trace").then().statusCode(200).extract().jsonPath();
    }

    private void assertTracedToTheTrip(JsonPath t) {
        assertTracedToTheTrip(t, car, trip, "RECORDED");
    }

    private void assertTracedToTheTrip(JsonPath t, long car, long trip, String basis) {
        assertThat(t.getString("verdict")).isEqualTo("THERE");
        assertThat(t.getLong("candidates[0].vehicleId")).isEqualTo(car);
        assertThat(t.getBoolean("candidates[0].there")).isTrue();
        assertThat(Instant.parse(t.getString("candidates[0].closest.time"))).isEqualTo(passing.time());
        assertThat(t.getDouble("candidates[0].closest.distanceM")).isLessThan(1.0);
        assertThat(t.getLong("candidates[0].trip.tripRequestId")).isEqualTo(trip);
        assertThat(t.getString("candidates[0].trip.basis")).isEqualTo(basis);
        assertThat(t.getString("candidates[0].trip.requester")).isEqualTo("李科员");
        assertThat(t.getString("candidates[0].trip.approver")).isEqualTo("test-operator");
        assertThat(t.getString("candidates[0].trip.dispatcher")).isEqualTo("test-operator");
        assertThat(t.getString("candidates[0].trip.driverName")).isEqualTo("王师傅");
        assertThat(t.getString("candidates[0].movement.kind")).isEqualTo("MOVE");
        // five minutes of track each side of the closest approach, both ends included, one point per 10 s
        assertThat(t.getList("candidates[0].trackAround")).hasSize(61);
    }

    @Test
    void exactPlateIsTracedToTheTripWithRequesterApproverAndDriver() {
        JsonPath t = trace(plate, "09:05", null);
        assertTracedToTheTrip(t);
        assertThat(t.getList("candidates")).hasSize(1);
        assertThat(t.getLong("candidates[0].minutesOutsideSeen")).isZero();
        assertThat(t.getString("summaryZh")).contains(plate).contains("派车单" + trip);
    }

    @Test
    void partialPlatesFindTheCar() {
        String key = plate.replace("·", ""); // 浙A + 5 characters
        // the last two characters not read: 浙A·D98??
        assertTracedToTheTrip(trace(key.substring(0, 2) + "·" + key.substring(2, 5) + "??", "09:05", null));
        // only a part seen, no province, lower case, with a space: "d98 7"
        String part = key.substring(3, 7).toLowerCase();
        assertTracedToTheTrip(trace(part.substring(0, 2) + " " + part.substring(2), "09:05", null));
    }

    @Test
    void aTimeOffByAFewMinutesStillFindsTheCarAndSaysByHowMuch() {
        JsonPath t = trace(plate, "09:15", null); // it passed at 09:05
        assertTracedToTheTrip(t);
        assertThat(t.getLong("candidates[0].minutesOutsideSeen")).isEqualTo(10);

        JsonPath strict = trace(plate, "09:15", 0);
        assertThat(strict.getString("verdict")).isEqualTo("NOT_THERE");
        assertThat(strict.getBoolean("candidates[0].there")).isFalse();
    }

    @Test
    void anOrderNotStartedOnThePhoneIsMatchedByItsPickupWindow() throws Exception {
        TrackFixtures.Car d = TrackFixtures.car();
        String dPlate = given().get("/api/vehicles/" + d.vehicleId()).then().extract().path("plate");
        send(d, new Scenario(at("08:55"), HOME_LAT, HOME_LON).stand(5, true, 0).drive(10, 36).stand(10, false, 0).points());
        long order = tripOn(d.orgId(), d.vehicleId(), false);
        JsonPath t = trace(dPlate, "09:05", null);
        assertTracedToTheTrip(t, d.vehicleId(), order, "PICKUP_WINDOW");
        assertThat(t.getString("candidates[0].trip.state")).isEqualTo("ACCEPTED");
        assertThat((Object) t.get("candidates[0].trip.startedAt")).isNull();
    }

    @Test
    void aCarThatWasElsewhereIsNotThereAndItsWhereaboutsAreShown() {
        JsonPath t = trace(elsewherePlate, "09:05", null);
        assertThat(t.getString("verdict")).isEqualTo("NOT_THERE");
        assertThat(t.getList("candidates")).hasSize(1);
        assertThat(t.getLong("candidates[0].vehicleId")).isEqualTo(elsewhereCar);
        assertThat(t.getBoolean("candidates[0].there")).isFalse();
        assertThat((Object) t.get("candidates[0].closest")).isNull();
        assertThat((Object) t.get("candidates[0].trip")).isNull();
        assertThat(Instant.parse(t.getString("candidates[0].whereabouts.time"))).isEqualTo(at("09:05"));
        assertThat(t.getDouble("candidates[0].whereabouts.distanceM")).isGreaterThan(10_000);
        assertThat(t.getString("summary")).startsWith("No official vehicle with a plate matching " + elsewherePlate);
    }

    @Test
    void aFormerPlateFindsTheCarThatCarriedItThenNotTheCarThatCarriesItNow() {
        // after its drive, the car is re-plated; later the other car is given the plate it gave up
        String newPlate = Api.uniquePlate();
        RegistryApi.replate(car, newPlate);
        RegistryApi.replate(elsewhereCar, plate);

        JsonPath exact = trace(plate, "09:05", null);
        assertTracedToTheTrip(exact);
        assertThat(exact.getList("candidates")).hasSize(1);
        assertThat(exact.getString("candidates[0].plate")).isEqualTo(newPlate);
        assertThat(exact.getString("candidates[0].plateAtTheTime")).isEqualTo(plate);
        assertThat(exact.getString("summary")).contains(plate + " (now " + newPlate + ")");

        String key = plate.replace("·", "");
        JsonPath partial = trace(key.substring(0, 2) + "·" + key.substring(2, 5) + "??", "09:05", null);
        assertTracedToTheTrip(partial);
        assertThat(partial.getList("candidates.vehicleId", Long.class)).doesNotContain(elsewhereCar);

        // the car did not carry its new plate then, and nobody did
        assertThat(trace(newPlate, "09:05", null).getString("verdict")).isEqualTo("NO_SUCH_VEHICLE");

        // asked about a time after the changes, the old plate is the other car's
        JsonPath later = given().queryParam("plate", plate)
                .queryParam("from", java.time.OffsetDateTime.now(CST).plusMinutes(30).toString())
                .queryParam("lat", passing.latitude()).queryParam("lon", passing.longitude())
                .get("/api/complaint-trace").then().statusCode(200).extract().jsonPath();
        assertThat(later.getList("candidates.vehicleId", Long.class)).containsExactly(elsewhereCar);
        assertThat(later.getString("candidates[0].plateAtTheTime")).isEqualTo(plate);
    }

    @Test
    void aPlateThatIsNoOfficialVehicleSaysSo() {
        String stranger = "京B·" + plate.substring(3);
        JsonPath t = trace(stranger, "09:05", null);
        assertThat(t.getString("verdict")).isEqualTo("NO_SUCH_VEHICLE");
        assertThat(t.getList("candidates")).isEmpty();
        assertThat(t.getString("summaryZh")).isEqualTo("没有号牌与“" + stranger + "”相符的公务车辆。");
    }

    @Test
    void aSubstantiatedCaseOpensASupervisionAlarmWithTheTracedTrackAsEvidence() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("actor", "12345接线员小陈");
        body.put("plate", plate);
        body.put("seenFrom", at("09:05").atZone(CST).toOffsetDateTime().toString());
        body.put("lon", passing.longitude());
        body.put("lat", passing.latitude());
        body.put("description", "公车在菜市场门口");
        long id = given().contentType(ContentType.JSON).body(body).post("/api/complaints")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        caseStep(id, "assign", Map.of("assignee", "李督查"), 200);
        caseStep(id, "investigate", Map.of(), 200);
        caseStep(id, "create-alarm", Map.of(), 409); // not concluded yet
        caseStep(id, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "送亲属买菜，属公车私用",
                "vehicleId", car), 200);

        JsonPath created = caseStep(id, "create-alarm", Map.of("note", "移交督查"), 200);
        long alarm = created.getLong("alarmId");
        assertThat(created.getString("state")).isEqualTo("CONCLUDED");
        assertThat(created.getList("events.action")).endsWith("CONCLUDE", "CREATE_ALARM");
        caseStep(id, "create-alarm", Map.of(), 409); // one alarm per case

        JsonPath a = given().get("/api/supervision/alarms/" + alarm).then().statusCode(200).extract().jsonPath();
        assertThat(a.getLong("vehicleId")).isEqualTo(car);
        assertThat(a.getString("rule")).isEqualTo("COMPLAINT");
        assertThat(a.getString("state")).isEqualTo("OPEN");
        assertThat(a.getLong("tripRequestId")).isEqualTo(trip);
        assertThat(a.getString("summary")).contains("送亲属买菜");
        assertThat(a.getLong("evidence.complaint")).isEqualTo(id);
        assertThat(Instant.parse(a.getString("evidence.closest.time"))).isEqualTo(passing.time());
        assertThat(a.getString("evidence.movement.kind")).isEqualTo("MOVE");
        assertThat(a.getLong("evidence.trip.tripRequestId")).isEqualTo(trip);
        assertThat(a.getList("evidence.track.geometry.coordinates")).hasSize(61);
        // the alarm covers the drive in which the car passed the place
        assertThat(Instant.parse(a.getString("start"))).isBefore(passing.time());
        assertThat(Instant.parse(a.getString("end"))).isAfter(passing.time());
        assertThat(a.getList("events.action")).containsExactly("RAISED_FROM_COMPLAINT");
        assertThat(a.getString("events[0].actor")).isEqualTo("test-operator");
        assertThat(a.getLong("events[0].details.complaint")).isEqualTo(id);
        // in the queue under its own rule, and reviewed like any alarm
        assertThat(given().queryParam("org", unit).queryParam("rule", "COMPLAINT").queryParam("vehicleId", car)
                .get("/api/supervision/alarms")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class)).containsExactly(alarm);
    }

    private JsonPath caseStep(long id, String action, Map<String, Object> extra, int status) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "督查科王科长");
        body.put("version", given().get("/api/complaints/" + id).then().extract().path("version"));
        return given().contentType(ContentType.JSON).body(body).post("/api/complaints/" + id + "/" + action)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aComplaintSentThroughThePublicFormIsTracedToTheTrip() throws Exception {
        String page = given().queryParam("v", plate).get("/complaint").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        Thread.sleep(1_100); // the test profile's minimum fill time is 1 s
        long id = given().config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig()
                        .defaultCharset("UTF-8"))).header("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250))
                .multiPart("plate", plate, UTF8).multiPart("channel", "QR", UTF8)
                .multiPart("seenAt", day + "T09:05", UTF8).multiPart("lon", Double.toString(passing.longitude()))
                .multiPart("lat", Double.toString(passing.latitude())).multiPart("description", "公车接孩子放学", UTF8)
                .multiPart("contact", "13912345678", UTF8).multiPart("website", "", UTF8).multiPart("token", token, UTF8)
                .post("/complaint").then().statusCode(201).extract().jsonPath().getLong("id");

        given().get("/api/complaints/" + id).then().statusCode(200).body("channel", equalTo("QR"))
                .body("plate", equalTo(plate)).body("description", equalTo("公车接孩子放学"))
                .body("state", equalTo("RECEIVED")).body("events[0].actor", equalTo("citizen"));
        JsonPath t = given().get("/api/complaints/" + id + "/trace").then().statusCode(200).extract().jsonPath();
        assertTracedToTheTrip(t);
    }
}
