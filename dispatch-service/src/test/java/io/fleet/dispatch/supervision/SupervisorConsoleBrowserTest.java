package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.fleet.dispatch.notification.NotificationFeed;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's main flow in Chromium against the real service: a car drives 8 minutes (1.6 km) on a working morning
 * without a trip order, its reports go through the positions stream, ingest, movements and a supervision round, and
 * the alarm it raises is opened in the console (track replay played, paused and scrubbed), refused a confirmation
 * without reason, confirmed with one and closed; then a fence is drawn, a threshold changed, the holiday calendar and
 * the dashboard shown. A second car's alarm, raised while the queue is open, must appear in it without a reload, with
 * its count. Nothing may be fetched from outside localhost (web-console/e2e/supervisor.mjs).
 */
@QuarkusTest
class SupervisorConsoleBrowserTest {

    // Fontvieille, Monaco: inside the tests' map extract, so the replay has a base map under it
    private static final double LAT = 43.7270;
    private static final double LON = 7.4100;

    @TestHTTPResource("/")
    URL root;
    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    SupervisionScanner scanner;
    @Inject
    NotificationFeed notifications;

    @Test
    void aSupervisorReviewsAnAlarmWithItsReplayThenEditsFencesRulesAndSeesTheDashboard() throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        Feed.Car car = Feed.car(unit, "SEDAN", null, null);
        String plate = given().get("/api/vehicles/" + car.vehicleId()).then().extract().path("plate");
        LocalDate day = workingDay();
        List<TrackPoint> drive = new Scenario(Feed.at(day, "10:00"), LAT, LON).stand(5, false, 0).drive(8, 12)
                .stand(10, false, 0).points();
        try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary()) {
            Feed feed = new Feed(new PositionStreamWriter(connection.sync(), redis.positionsStream()),
                    ingestion.newIngestor("console-" + System.nanoTime(), connection), movements, scanner);
            feed.send(car, drive);
            feed.process();
        }
        List<Map<String, Object>> alarms = Feed.alarmsOf(car, "OPEN");
        assertThat(alarms).singleElement().satisfies(a -> assertThat(a.get("rule")).isEqualTo("NO_TRIP"));
        long alarm = ((Number) alarms.get(0).get("id")).longValue();

        // while the queue is open, a second car of the unit drives without an order: its alarm is pushed to the page
        Feed.Car second = Feed.car(unit, "SEDAN", null, null);
        List<TrackPoint> secondDrive = new Scenario(Feed.at(day, "14:00"), LAT, LON).stand(5, false, 0).drive(8, 12)
                .stand(10, false, 0).points();
        int listening = notifications.clients();
        CompletableFuture<Void> pushed = CompletableFuture.runAsync(() -> {
            try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary()) {
                long deadline = System.currentTimeMillis() + 90_000;
                while (notifications.clients() <= listening && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1000); // the page shows the queue before the new alarm comes
                Feed feed = new Feed(new PositionStreamWriter(connection.sync(), redis.positionsStream()),
                        ingestion.newIngestor("console-push-" + System.nanoTime(), connection), movements, scanner);
                feed.send(second, secondDrive);
                feed.process();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        BrowserScenario.run("supervisor", root.toString(), String.valueOf(unit), String.valueOf(alarm), plate, day.toString());
        pushed.get(30, TimeUnit.SECONDS);
        assertThat(Feed.alarmsOf(second, "OPEN")).as("the pushed alarm").hasSize(1);

        JsonPath after = given().get("/api/supervision/alarms/" + alarm).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("state")).isEqualTo("CLOSED");
        assertThat(after.getString("resolution")).contains("经核实为私用");
        assertThat(after.getList("events.action")).containsSubsequence("DETECTED", "CONFIRM", "CLOSE");
        List<Map<String, Object>> fences = given().queryParam("org", unit).get("/api/supervision/geofences").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(fences).anySatisfy(f -> {
            assertThat(f.get("name")).isEqualTo("高尔夫球场（浏览器测试）");
            assertThat(f.get("kind")).isEqualTo("FORBIDDEN");
        });
        assertThat(given().get("/api/supervision/settings/" + unit).then().extract().jsonPath()
                .getInt("find { it.key == 'NO_TRIP' }.params.minDistanceM")).isEqualTo(3000);
    }

    /** A recent Monday-Thursday the calendar has no entry for, at least three days back. */
    private static LocalDate workingDay() {
        LocalDate d = LocalDate.now(Feed.CST).minusDays(3);
        while (d.getDayOfWeek().getValue() > 4 || !given().get("/api/supervision/calendar/" + d).then().extract()
                .jsonPath().getString("is").equals("working day")) {
            d = d.minusDays(1);
        }
        return d;
    }
}
