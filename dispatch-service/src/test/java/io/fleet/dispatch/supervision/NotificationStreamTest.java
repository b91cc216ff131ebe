package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.complaint.DeadlineReminders;
import io.fleet.dispatch.notification.NotificationFeed;
import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.Tokens;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.SignedIn;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The console's notification push: a new alarm reaches the supervisors of the car's subtree (not another unit's, not
 * a complaint handler), a complaint's deadline reminder reaches the complaint handlers who see the case.
 */
@QuarkusTest
class NotificationStreamTest {

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    SupervisionScanner scanner;
    @Inject
    DeadlineReminders reminders;
    @Inject
    NotificationFeed feed;
    @Inject
    Tokens tokens;
    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Test
    void aNewAlarmReachesTheSupervisorsOfItsSubtreeAndAReminderTheComplaintHandlers() throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        long otherUnit = Api.organisation(city, "UNIT");
        Feed.Car car = Feed.car(unit, "SEDAN", null, null);

        try (Listener ofUnit = listen(EnumSet.of(AccountRole.SUPERVISOR), path(unit));
             Listener ofOtherUnit = listen(EnumSet.of(AccountRole.SUPERVISOR), path(otherUnit));
             Listener handler = listen(EnumSet.of(AccountRole.COMPLAINT_HANDLER), "/");
             StatefulRedisConnection<byte[], byte[]> connection = redis.binary()) {
            Feed positions = new Feed(new PositionStreamWriter(connection.sync(), redis.positionsStream()),
                    ingestion.newIngestor("notifications-" + System.nanoTime(), connection), movements, scanner);
            // a drive without a trip order on a working day: the scanner raises NO_TRIP and notifies the unit
            LocalDate day = LocalDate.now(Feed.CST).minusDays(3);
            while (day.getDayOfWeek().getValue() > 4 || !given().get("/api/supervision/calendar/" + day).then()
                    .extract().jsonPath().getString("is").equals("working day")) {
                day = day.minusDays(1);
            }
            positions.send(car, new Scenario(Feed.at(day, "09:00"), 30.25, 120.15).stand(5, false, 0).drive(20, 40)
                    .stand(5, false, 0).points());
            positions.process();
            long alarm = ((Number) Feed.alarmsOf(car, "OPEN").get(0).get("id")).longValue();

            String pushed = ofUnit.next(20);
            assertThat(pushed).contains("\"kind\":\"ALARM\"").contains("\"id\":" + alarm + ",")
                    .contains("\"reason\":\"NEW_ALARM\"");

            // a complaint received at the city level (no unit yet): its handlers are reminded before the deadline
            Map<String, Object> body = new HashMap<>();
            body.put("channel", "HOTLINE");
            body.put("actor", "12345接线员");
            body.put("plate", "浙A·N" + (10_000 + System.nanoTime() % 80_000));
            body.put("seenFrom", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0).toString());
            body.put("lon", 120.1);
            body.put("lat", 30.2);
            body.put("placeText", "西湖文化广场");
            body.put("description", "周末用公车去超市");
            body.put("contact", "13800138000");
            long complaint = given().contentType(ContentType.JSON).body(body).post("/api/complaints").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            Instant due = Instant.parse(given().get("/api/complaints/" + complaint).then().extract().path("dueAt"));
            reminders.remind(due.minusSeconds(3600));

            String reminder = handler.nextMatching("\"id\":" + complaint + ",", 20);
            assertThat(reminder).contains("\"kind\":\"COMPLAINT_REMINDER\"").contains("\"reason\":\"DUE_SOON\"");

            // what the others must not get: the other unit's supervisor nothing of this alarm, the handler no alarm,
            // the unit's supervisor no reminder
            assertThat(ofOtherUnit.all(2)).doesNotContain("\"id\":" + alarm + ",");
            assertThat(handler.all(0)).doesNotContain("\"kind\":\"ALARM\"");
            assertThat(ofUnit.all(0)).doesNotContain("COMPLAINT_REMINDER");
        }
    }

    @Test
    void theStreamIsClosedToRolesWithoutAlarmsOrComplaints() {
        given().header("Authorization", "Bearer " + SignedIn.token(
                EnumSet.of(AccountRole.DISPATCHER))).get("/api/notifications/stream").then().statusCode(403);
    }

    private String path(long org) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, org);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Listener listen(Set<AccountRole> roles, String orgPath) throws Exception {
        String token = tokens.issue(new Caller(0, "notified-" + roles.iterator().next().name().toLowerCase(), "测试",
                EnumSet.copyOf(roles), 0, orgPath, null, Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(1)),
                Tokens.ISSUER));
        int before = feed.clients();
        HttpRequest request = HttpRequest.newBuilder(URI.create(streamUrl.toString()))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                response.body().filter(l -> l.startsWith("data:")).forEach(events::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (feed.clients() <= before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20); // subscribed on the server before anything is published
        }
        return new Listener(response, events);
    }

    private record Listener(HttpResponse<Stream<String>> response, BlockingQueue<String> events)
            implements AutoCloseable {
        String next(int seconds) throws InterruptedException {
            String event = events.poll(seconds, TimeUnit.SECONDS);
            assertThat(event).as("a pushed notification").isNotNull();
            return event;
        }

        String nextMatching(String part, int seconds) throws InterruptedException {
            long deadline = System.currentTimeMillis() + seconds * 1000L;
            while (System.currentTimeMillis() < deadline) {
                String event = events.poll(200, TimeUnit.MILLISECONDS);
                if (event != null && event.contains(part)) {
                    return event;
                }
            }
            throw new AssertionError("no notification with " + part);
        }

        String all(int waitSeconds) throws InterruptedException {
            Thread.sleep(waitSeconds * 1000L);
            StringBuilder all = new StringBuilder();
            for (String e; (e = events.poll()) != null; ) {
                all.append(e).append('\n');
            }
            return all.toString();
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
