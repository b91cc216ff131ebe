package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.supervision.alarm.Notifier;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An alarm's life through the real path: raised once and extended while the incident lasts; withdrawn when late
 * blind-area data or a trip approved afterwards takes its ground away (kept, marked no longer detected, once
 * reviewed); reviewed with explanation, decision and closing, audited, version-checked; the unit's supervisor notified.
 */
@QuarkusTest
class AlarmLifecycleTest {

    private static final double LAT = 30.25;
    private static final double LON = 120.15;

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    SupervisionScanner scanner;
    @Inject
    Notifier notifier;

    private StatefulRedisConnection<byte[], byte[]> connection;
    private Feed feed;
    private LocalDate day;
    private long city;

    @BeforeEach
    void connect() {
        connection = redis.binary();
        feed = new Feed(new PositionStreamWriter(connection.sync(), redis.positionsStream()),
                ingestion.newIngestor("lifecycle-" + System.nanoTime(), connection), movements, scanner);
        day = workingDay();
        city = Api.organisation(null, "CITY_BUREAU");
    }

    @AfterEach
    void close() {
        connection.close();
    }

    /** A recent Monday-Thursday the calendar has no entry for. */
    private static LocalDate workingDay() {
        LocalDate d = LocalDate.now(Feed.CST).minusDays(3);
        while (d.getDayOfWeek().getValue() > 4 || !given().get("/api/supervision/calendar/" + d).then().extract()
                .jsonPath().getString("is").equals("working day")) {
            d = d.minusDays(1);
        }
        return d;
    }

    private Feed.Car car() {
        return Feed.car(Api.organisation(city, "UNIT"), "SEDAN", null, null);
    }

    private static JsonPath act(long alarm, String action, Map<String, Object> body, int status) {
        Map<String, Object> b = new HashMap<>(body);
        b.putIfAbsent("actor", "督查员");
        if (!b.containsKey("version")) {
            b.put("version", given().get("/api/supervision/alarms/" + alarm).then().extract().path("version"));
        }
        b.values().removeIf(v -> v == null);
        return given().contentType(ContentType.JSON).body(b).post("/api/supervision/alarms/" + alarm + "/" + action)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void oneAlarmPerIncidentExtendedWhileItLasts() throws Exception {
        Feed.Car car = car();
        List<TrackPoint> all = new Scenario(Feed.at(day, "10:00"), LAT, LON).stand(10, false, 0).drive(40, 30)
                .stand(10, false, 0).points();
        int half = 60 + 20 * 6; // up to 10:30
        feed.send(car, all.subList(0, half));
        feed.process();
        List<Map<String, Object>> first = Feed.alarmsOf(car, null);
        assertThat(first).singleElement().satisfies(a -> assertThat(a.get("rule")).isEqualTo("NO_TRIP"));
        Instant firstEnd = Instant.parse((String) first.get(0).get("end"));

        feed.send(car, all.subList(half, all.size()));
        feed.process();
        List<Map<String, Object>> after = Feed.alarmsOf(car, null);
        assertThat(after).singleElement().satisfies(a -> {
            assertThat(a.get("id")).isEqualTo(first.get(0).get("id"));
            assertThat(Instant.parse((String) a.get("end"))).isAfter(firstEnd);
            assertThat(Instant.parse((String) a.get("end"))).isEqualTo(Feed.at(day, "10:50"));
        });
        JsonPath alarm = given().get("/api/supervision/alarms/" + first.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(alarm.getList("events.action")).containsExactly("DETECTED", "UPDATED");
        assertThat(alarm.getString("evidence.track.geometry.type")).isEqualTo("LineString");
        assertThat(alarm.getList("evidence.track.geometry.coordinates")).hasSizeGreaterThan(100);
        assertThat(alarm.getInt("evidence.thresholds.minDistanceM")).isEqualTo(1000);
        assertThat(alarm.getString("evidence.thresholdsFrom")).isEqualTo("defaults");
        assertThat(alarm.getString("evidence.order")).startsWith("no approved trip");
        assertThat(alarm.getList("evidence.stops")).isNotEmpty();
    }

    @Test
    void lateBlindAreaDataWithdrawsASilenceAlarm() throws Exception {
        Feed.Car car = car();
        List<TrackPoint> all = new Scenario(Feed.at(day, "10:00"), LAT, LON).stand(5, false, 0).drive(40, 40)
                .stand(5, false, 0).points();
        TrackPoint end = all.get(all.size() - 1);
        Feed.approvedTrip(car, Feed.at(day, "10:00"), Feed.at(day, "11:30"), end.latitude(), end.longitude());
        List<TrackPoint> live = new ArrayList<>(all.subList(0, 30 + 5 * 6));
        live.addAll(all.subList(30 + 35 * 6, all.size()));
        feed.send(car, live);
        feed.process();
        List<Map<String, Object>> alarms = Feed.alarmsOf(car, null);
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.get("rule")).isEqualTo("TAMPERING");
            assertThat(a.get("state")).isEqualTo("OPEN");
        });

        feed.send(car, all.subList(30 + 5 * 6, 30 + 35 * 6), java.util.Set.of(), 0, true);
        feed.process();
        JsonPath withdrawn = given().get("/api/supervision/alarms/" + alarms.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBoolean("detected")).isFalse();
        assertThat(withdrawn.getList("events.action")).containsExactly("DETECTED", "WITHDRAWN");
        assertThat(Feed.alarmsOf(car, "OPEN")).isEmpty();
    }

    @Test
    void aTripApprovedAfterwardsWithdrawsAnUnreviewedAlarmAndFlagsAReviewedOne() throws Exception {
        Feed.Car quiet = car();
        Feed.Car asked = car();
        List<TrackPoint> drive = new Scenario(Feed.at(day, "14:00"), LAT, LON).stand(5, false, 0).drive(20, 40)
                .stand(5, false, 0).points();
        for (Feed.Car car : List.of(quiet, asked)) {
            feed.send(car, drive);
        }
        feed.process();
        long quietAlarm = ((Number) Feed.alarmsOf(quiet, "OPEN").get(0).get("id")).longValue();
        long askedAlarm = ((Number) Feed.alarmsOf(asked, "OPEN").get(0).get("id")).longValue();
        act(askedAlarm, "request-explanation", Map.of("text", "请说明14:05的出车事由"), 200);

        for (Feed.Car car : List.of(quiet, asked)) {
            TrackPoint end = drive.get(drive.size() - 1);
            Feed.approvedTrip(car, Feed.at(day, "14:00"), Feed.at(day, "15:00"), end.latitude(), end.longitude());
        }
        scanner.runOnce();

        JsonPath q = given().get("/api/supervision/alarms/" + quietAlarm).then().extract().jsonPath();
        assertThat(q.getString("state")).isEqualTo("WITHDRAWN");
        JsonPath a = given().get("/api/supervision/alarms/" + askedAlarm).then().extract().jsonPath();
        assertThat(a.getString("state")).isEqualTo("EXPLANATION_REQUESTED");
        assertThat(a.getBoolean("detected")).isFalse();
        assertThat(a.getList("events.action")).containsExactly("DETECTED", "REQUEST_EXPLANATION", "NO_LONGER_DETECTED");
        assertThat(Feed.alarmsOf(quiet, null)).as("the trip explains everything: nothing else is raised")
                .extracting(m -> m.get("state")).containsExactly("WITHDRAWN");
    }

    @Test
    void reviewIsAuditedVersionedAndNotifiesTheUnitsSupervisor() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        StatefulRedisPubSubConnection<String, String> sub = redis.pubSub();
        sub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                messages.add(message);
            }
        });
        sub.sync().subscribe(notifier.channel());
        try {
            Feed.Car car = car();
            feed.send(car, new Scenario(Feed.at(day, "09:00"), LAT, LON).stand(5, false, 0).drive(20, 40)
                    .stand(5, false, 0).points());
            feed.process();
            long id = ((Number) Feed.alarmsOf(car, "OPEN").get(0).get("id")).longValue();
            String created = messages.poll(5, TimeUnit.SECONDS);
            assertThat(created).contains("NEW_ALARM").containsPattern("\"alarm\" ?: ?" + id + "\\b");

            given().queryParam("org", city).get("/api/supervision/alarms").then().statusCode(200)
                    .body("id", org.hamcrest.Matchers.hasItem((int) id));
            given().queryParam("org", Api.organisation(null, "CITY_BUREAU")).get("/api/supervision/alarms")
                    .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
            given().get("/api/supervision/alarms").then().statusCode(400).body("violations[0].field", equalTo("org"));
            given().queryParam("org", city).queryParam("state", "LOST").get("/api/supervision/alarms").then()
                    .statusCode(400).body("violations[0].field", equalTo("state"));

            assertThat(act(id, "confirm", Map.of(), 400).getString("violations[0].field")).isEqualTo("text");
            assertThat(act(id, "confirm", Map.of("text", "无单出车", "version", 99), 409)
                    .getString("violations[0].field")).isEqualTo("version");
            given().contentType(ContentType.JSON).body(Map.of("actor", "督查员", "text", "x"))
                    .post("/api/supervision/alarms/" + id + "/confirm").then().statusCode(400)
                    .body("violations[0].field", equalTo("version"));
            assertThat(act(id, "explain", Map.of("text", "有事"), 409).getString("violations[0].field"))
                    .isEqualTo("state");

            act(id, "request-explanation", Map.of("text", "请说明出车事由"), 200);
            String asked = messages.poll(5, TimeUnit.SECONDS);
            assertThat(asked).contains("EXPLANATION_REQUESTED").contains("请说明出车事由");
            act(id, "explain", Map.of("actor", "单位负责人", "text", "临时接送检查组，补单中"), 200);
            JsonPath dismissed = act(id, "dismiss", Map.of("text", "事由属实，已补办用车手续"), 200);
            assertThat(dismissed.getString("state")).isEqualTo("DISMISSED");
            assertThat(dismissed.getString("explanation")).isEqualTo("临时接送检查组，补单中");
            JsonPath closed = act(id, "close", Map.of(), 200);
            assertThat(closed.getString("state")).isEqualTo("CLOSED");
            act(id, "confirm", Map.of("text", "again"), 409);
            assertThat(closed.getList("events.action")).containsExactly("DETECTED", "REQUEST_EXPLANATION", "EXPLAIN",
                    "DISMISS", "CLOSE");
            // the detection round acts as "supervision", people as whoever signed in (never the body's actor)
            assertThat(closed.getList("events.actor")).containsExactly("supervision", "test-operator",
                    "test-operator", "test-operator", "test-operator");
            assertThat(given().get("/api/audit?resourceType=alarm&resourceId=" + id).then().statusCode(200)
                    .extract().jsonPath().getList("items.action")).containsExactly("CLOSE", "DISMISS", "EXPLAIN",
                    "REQUEST_EXPLANATION", "DETECTED");
        } finally {
            sub.close();
        }
    }
}
