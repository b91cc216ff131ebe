package io.fleet.dispatch.track;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through the stream and the API: movements computed incrementally, whole across midnight, corrected by late
 * blind-area backfill (split and merge), equal to a full recomputation; track exports; the near-place search.
 */
@QuarkusTest
class TrackApiTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    DataSource dataSource;

    private StatefulRedisConnection<byte[], byte[]> connection;
    private PositionStreamWriter stream;
    private PositionIngestor ingestor;
    private final LocalDate day = LocalDate.now(CST).minusDays(3);

    @BeforeEach
    void connect() {
        connection = redis.binary();
        stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
        ingestor = ingestion.newIngestor("api-test", connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private Instant at(LocalDate d, String hhmm) {
        return ZonedDateTime.of(d, LocalTime.parse(hhmm), CST).toInstant();
    }

    private static LocationReport report(TrackPoint p) {
        return Reports.at(p.time(), p.latitude(), p.longitude(), p.speedKmh(), p.acc(), p.mileageKm());
    }

    private void send(TrackFixtures.Car car, List<TrackPoint> points, boolean blindArea) throws Exception {
        if (blindArea) {
            for (int i = 0; i < points.size(); i += 50) {
                stream.add(car.phone(), Reports.blindArea(points.subList(i, Math.min(points.size(), i + 50)).stream()
                        .map(TrackApiTest::report).toList()));
            }
        } else {
            for (TrackPoint p : points) {
                stream.add(car.phone(), report(p));
            }
        }
        while (ingestor.pollOnce() > 0) {
            // ingest everything sent
        }
        movements.updateAll();
    }

    private List<String> movementsOf(TrackFixtures.Car car, Instant from, Instant to) {
        JsonPath json = given().queryParam("from", from.atZone(CST).toOffsetDateTime().toString())
                .queryParam("to", to.atZone(CST).toOffsetDateTime().toString())
                .get("/api/tracks/vehicles/" + car.vehicleId() + "/movements")
                .then().statusCode(200).extract().jsonPath();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < json.getList("$").size(); i++) {
            described.add(json.getString("[" + i + "].kind") + " "
                    + LocalTime.ofInstant(Instant.parse(json.getString("[" + i + "].start")), CST) + "-"
                    + LocalTime.ofInstant(Instant.parse(json.getString("[" + i + "].end")), CST));
        }
        return described;
    }

    @Test
    void aDriveAcrossMidnightIsOneMovementWhicheverDayIsAsked() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Scenario s = new Scenario(at(day, "23:40"), 30.25, 120.15)
                .stand(10, false, 0).drive(40, 50).stand(10, false, 0);
        send(car, s.points(), false);

        List<String> wholeNight = List.of("STOP 23:40-23:49:50", "MOVE 23:49:50-00:30", "STOP 00:30-00:39:50");
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(2), "00:00"))).isEqualTo(wholeNight);
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00")))
                .as("the first day's report shows the whole drive").containsExactly(wholeNight.subList(0, 2).toArray(String[]::new));
        assertThat(movementsOf(car, at(day.plusDays(1), "00:00"), at(day.plusDays(2), "00:00")))
                .as("so does the second day's").containsExactly(wholeNight.subList(1, 3).toArray(String[]::new));

        given().queryParam("org", car.orgId()).queryParam("from", at(day, "00:00").toString().replace("Z", "+00:00"))
                .queryParam("to", at(day.plusDays(2), "00:00").toString().replace("Z", "+00:00"))
                .get("/api/tracks/movements").then().statusCode(200)
                .body("$", hasSize(3)).body("[1].kind", equalTo("MOVE")).body("[1].vehicleId", equalTo((int) car.vehicleId()));
    }

    @Test
    void lateBackfillSplitsADriveAndMergesAroundAStopAndEqualsAFullRecomputation() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        // 10:00 drive 10 min, nothing for 20 min while the car goes 10 km (tunnel), then 10 min more
        Scenario live = new Scenario(at(day, "10:00"), 30.25, 120.15)
                .drive(10, 40).driveUnseen(20, 30).drive(10, 40);
        send(car, live.points(), false);
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00")))
                .containsExactly("MOVE 10:00-10:39:50");

        // the blind-area upload days later: it drove 10 km in 10 min, then stood 10 min with the engine off
        TrackPoint lastBeforeGap = live.points().get(59);
        Scenario hidden = new Scenario(lastBeforeGap.time().plusSeconds(10), lastBeforeGap.latitude(),
                lastBeforeGap.longitude()).drive(10, 60).stand(10, false, 0);
        send(car, hidden.points(), true);
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00"))).containsExactly(
                "MOVE 10:00-10:20", "STOP 10:20-10:29:50", "MOVE 10:29:50-10:39:50");

        // 14:00 drive, silent 40 min in the same place (looks like a parked car), drive on
        Scenario afternoon = new Scenario(at(day, "14:00"), 30.40, 120.30).drive(10, 40).silent(40).drive(10, 40);
        send(car, afternoon.points(), false);
        // (the car stood, silent, from the end of the morning drive until 14:00: that stop overlaps the window too)
        assertThat(movementsOf(car, at(day, "13:00"), at(day, "16:00"))).containsExactly("STOP 10:39:50-14:00",
                "MOVE 14:00-14:09:50", "STOP 14:09:50-14:50", "MOVE 14:50-14:59:50");
        // ... but the backfill shows a 40-minute loop out and back: one drive
        TrackPoint beforeSilence = afternoon.points().get(59);
        Scenario loop = new Scenario(beforeSilence.time().plusSeconds(10), beforeSilence.latitude(),
                beforeSilence.longitude()).drive(20, 30);
        List<TrackPoint> out = loop.points();
        List<TrackPoint> back = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) { // the same road back, in reverse, 20 minutes later
            TrackPoint p = out.get(out.size() - 1 - i);
            back.add(new TrackPoint(out.get(i).time().plusSeconds(1200), p.latitude(), p.longitude(), 30, true, null));
        }
        List<TrackPoint> backfill = new ArrayList<>(out);
        backfill.addAll(back.subList(0, back.size() - 1));
        send(car, backfill, true);
        assertThat(movementsOf(car, at(day, "13:00"), at(day, "16:00"))).containsExactly("STOP 10:39:50-14:00",
                "MOVE 14:00-14:59:50");

        List<String> incremental = movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00"));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM movement WHERE vehicle_id = " + car.vehicleId());
            st.execute("INSERT INTO track_dirty VALUES (" + car.vehicleId() + ", '-infinity')");
        }
        movements.updateAll();
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00"))).isEqualTo(incremental);
    }

    @Test
    void aParkedCarsStopIsLengthenedFromTheSavedTailNotRecomputed() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Scenario s = new Scenario(at(day, "07:00"), 30.30, 120.20).drive(10, 40).stand(60, false, 15);
        List<TrackPoint> points = s.points();
        send(car, points.subList(0, 120), false); // the drive and 10 minutes parked
        long extendedBefore = movements.counts()[0];
        for (int i = 120; i < points.size(); i += 30) { // then five minutes at a time, as rounds would see them
            send(car, points.subList(i, Math.min(points.size(), i + 30)), false);
        }
        assertThat(movements.counts()[0] - extendedBefore).as("rounds answered from the saved tail").isPositive();
        assertThat(movementsOf(car, at(day, "00:00"), at(day.plusDays(1), "00:00")))
                .containsExactly("MOVE 07:00-07:10", "STOP 07:10-08:09:50");

        // the same as recomputing from scratch, down to distance, points and speeds
        List<String> rows = movementRows(car);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM movement WHERE vehicle_id = " + car.vehicleId());
            st.execute("INSERT INTO track_dirty VALUES (" + car.vehicleId() + ", '-infinity')");
        }
        movements.updateAll();
        assertThat(movementRows(car)).isEqualTo(rows);
    }

    private List<String> movementRows(TrackFixtures.Car car) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("""
                        SELECT kind, start_time, end_time, ST_AsText(start_geom), ST_AsText(end_geom), distance_m,
                               odometer_m, max_speed_kmh, points, ongoing FROM movement
                        WHERE vehicle_id = %d ORDER BY start_time""".formatted(car.vehicleId()))) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 10; i++) {
                    row.append(rs.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void movementsBelongToTheTripOrderWhoseWindowHoldsThemAndKeepItWhenRecomputed() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        // 14:00 drive 10 min, silent 40 min in the same place, drive on; a drive at 16:00 outside any trip
        Scenario afternoon = new Scenario(at(day, "14:00"), 30.40, 120.30).drive(10, 40).silent(40).drive(10, 40)
                .stand(5, false, 0);
        send(car, afternoon.points(), false);
        send(car, new Scenario(at(day, "16:00"), 30.45, 120.35).drive(10, 40).stand(5, false, 0).points(), false);
        assertThat(tripOrders(car)).as("no trip yet").allMatch(t -> t.endsWith("=null"));

        // the trip is scheduled afterwards (window 13:55-14:30): the drive inside it is attached on the next round
        long trip = scheduledTrip(car, at(day, "13:55"), at(day, "14:30"));
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 14:00-14:09:50=" + trip,
                "STOP 14:09:50-14:50=null", "MOVE 14:50-15:00=null", "STOP 15:00-15:04:50=null",
                // (the car is 7 km away at 16:00: it drove, unseen, from 15:04:50)
                "MOVE 15:04:50-16:10=null", "STOP 16:10-16:14:50=null");

        // the backfill shows the silent 40 minutes were a loop out and back: one drive 14:00-15:00, which no
        // longer fits the window, and keeps the trip order it had
        TrackPoint beforeSilence = afternoon.points().get(59);
        Scenario loop = new Scenario(beforeSilence.time().plusSeconds(10), beforeSilence.latitude(),
                beforeSilence.longitude()).drive(20, 30);
        List<TrackPoint> out = loop.points();
        List<TrackPoint> backfill = new ArrayList<>(out);
        for (int i = 0; i < out.size() - 1; i++) {
            TrackPoint p = out.get(out.size() - 1 - i);
            backfill.add(new TrackPoint(out.get(i).time().plusSeconds(1200), p.latitude(), p.longitude(), 30, true,
                    null));
        }
        send(car, backfill, true);
        assertThat(tripOrders(car).get(0)).isEqualTo("MOVE 14:00-15:00=" + trip);

        // and a recomputation of the whole track keeps it too
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO track_dirty VALUES (" + car.vehicleId() + ", '-infinity')");
        }
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 14:00-15:00=" + trip, "STOP 15:00-15:04:50=null",
                "MOVE 15:04:50-16:10=null", "STOP 16:10-16:14:50=null");
    }

    @Test
    void aCancelledTripLetsGoOfItsMovementsAndATripWhoseWindowHoldsThemTakesThem() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        send(car, new Scenario(at(day, "09:00"), 30.40, 120.30).drive(10, 40).stand(10, false, 0).points(), false);
        long first = scheduledTrip(car, at(day, "08:55"), at(day, "09:30"));
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 09:00-09:10=" + first, "STOP 09:10-09:19:50=" + first);

        // a second order of the same car over the same time (booked twice by mistake): the first keeps the drive
        long second = scheduledTrip(car, at(day, "08:50"), at(day, "09:40"), true);
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 09:00-09:10=" + first, "STOP 09:10-09:19:50=" + first);

        // the first is cancelled: its drive and stop go to the order whose window holds it
        tripStep(first, "cancel", java.util.Map.of("reason", "行程取消"));
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 09:00-09:10=" + second, "STOP 09:10-09:19:50=" + second);

        // and when that one is cancelled too, they belong to no trip
        tripStep(second, "cancel", java.util.Map.of("reason", "行程取消"));
        movements.updateAll();
        assertThat(tripOrders(car)).containsExactly("MOVE 09:00-09:10=null", "STOP 09:10-09:19:50=null");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM movement WHERE trip_order_id IN ("
                     + first + ", " + second + ")")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    private List<String> tripOrders(TrackFixtures.Car car) {
        JsonPath json = given().queryParam("from", at(day, "00:00").atZone(CST).toOffsetDateTime().toString())
                .queryParam("to", at(day.plusDays(1), "00:00").atZone(CST).toOffsetDateTime().toString())
                .get("/api/tracks/vehicles/" + car.vehicleId() + "/movements")
                .then().statusCode(200).extract().jsonPath();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < json.getList("$").size(); i++) {
            described.add(json.getString("[" + i + "].kind") + " "
                    + LocalTime.ofInstant(Instant.parse(json.getString("[" + i + "].start")), CST) + "-"
                    + LocalTime.ofInstant(Instant.parse(json.getString("[" + i + "].end")), CST) + "="
                    + json.getString("[" + i + "].tripOrderId"));
        }
        return described;
    }

    /** A trip request for the car's unit, approved and assigned to the car through the trip API: SCHEDULED. */
    private static long scheduledTrip(TrackFixtures.Car car, Instant windowStart, Instant windowEnd) {
        return scheduledTrip(car, windowStart, windowEnd, false);
    }

    /** confirmBreaks: assign although the car is already committed in an overlapping window. */
    private static long scheduledTrip(TrackFixtures.Car car, Instant windowStart, Instant windowEnd,
                                      boolean confirmBreaks) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("orgId", car.orgId());
        body.put("requester", "李科员");
        body.put("category", "GENERAL");
        body.put("passengers", 1);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", 120.30);
        body.put("pickupLat", 30.40);
        body.put("windowStart", windowStart.atZone(CST).toOffsetDateTime().toString());
        body.put("windowEnd", windowEnd.atZone(CST).toOffsetDateTime().toString());
        body.put("destinations", List.of(java.util.Map.of("name", "会展中心", "lon", 120.35, "lat", 30.45)));
        long id = given().contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long driver = given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("orgId", car.orgId(), "name", "王师傅", "phone", TrackFixtures.randomPhone(),
                        "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        tripStep(id, "approve", java.util.Map.of("actor", "赵处长"));
        tripStep(id, "assign", confirmBreaks
                ? java.util.Map.of("vehicleId", car.vehicleId(), "driverId", driver, "confirmBreaks", true)
                : java.util.Map.of("vehicleId", car.vehicleId(), "driverId", driver));
        return id;
    }

    private static void tripStep(long id, String action, java.util.Map<String, Object> extra) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(extra);
        body.putIfAbsent("actor", "张调度");
        body.put("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        given().contentType(io.restassured.http.ContentType.JSON).body(body)
                .post("/api/trip-requests/" + id + "/" + action).then().statusCode(200);
    }

    @Test
    void trackExportsAndTheNearPlaceSearch() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        TrackFixtures.Car other = TrackFixtures.car();
        Scenario s = new Scenario(at(day, "09:00"), 30.2000, 120.1000).drive(10, 36); // 6 km north-east, 60 points
        send(car, s.points(), false);
        send(other, new Scenario(at(day, "09:00"), 30.3000, 120.3000).drive(5, 36).points(), false);
        String from = at(day, "08:00").atZone(CST).toOffsetDateTime().toString();
        String to = at(day, "10:00").atZone(CST).toOffsetDateTime().toString();
        String path = "/api/tracks/vehicles/" + car.vehicleId();

        given().queryParam("from", from).queryParam("to", to).get(path).then().statusCode(200)
                .contentType(containsString("geo+json"))
                .body("geometry.type", equalTo("LineString")).body("geometry.coordinates", hasSize(60))
                .body("properties.times", hasSize(60));
        given().queryParam("from", from).queryParam("to", to).queryParam("tolerance", 5).get(path).then()
                .statusCode(200).body("geometry.coordinates", hasSize(2)); // a straight drive keeps its two ends
        String gpx = given().queryParam("from", from).queryParam("to", to).queryParam("format", "gpx").get(path)
                .then().statusCode(200).extract().asString();
        assertThat(gpx.split("<trkpt ", -1)).hasSize(61);
        String kml = given().queryParam("from", from).queryParam("to", to).queryParam("format", "kml").get(path)
                .then().statusCode(200).extract().asString();
        assertThat(kml.split("<gx:coord>", -1)).hasSize(61);
        given().queryParam("from", to).queryParam("to", from).get(path).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        given().queryParam("from", from).queryParam("to", to).queryParam("format", "shp").get(path).then()
                .statusCode(400).body("violations[0].field", equalTo("format"));

        // a complaint about a car at the 30th point's place around 09:05: who was within 150 m, and when closest?
        TrackPoint complained = s.points().get(30);
        JsonPath near = given().queryParam("lat", complained.latitude()).queryParam("lon", complained.longitude())
                .queryParam("radius", 150).queryParam("from", from).queryParam("to", to)
                .get("/api/tracks/near").then().statusCode(200).extract().jsonPath();
        assertThat(near.getList("vehicleId", Long.class)).containsExactly(car.vehicleId());
        assertThat(Instant.parse(near.getString("[0].closestAt"))).isEqualTo(complained.time());
        assertThat(near.getDouble("[0].closestDistanceM")).isLessThan(1.0);
        assertThat(near.getInt("[0].pointsWithin")).isBetween(3, 3); // 10 m/s, one point per 100 m: the point itself and one each side
        given().queryParam("lat", 95).queryParam("lon", 120).queryParam("from", from).queryParam("to", to)
                .get("/api/tracks/near").then().statusCode(400).body("violations[0].field", equalTo("lat"));
    }

    @Test
    void theDatabasesCellOfAPointIsTheOneTheSearchCovers() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(6808);
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT track_cell(ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            for (int i = 0; i < 2_000; i++) {
                // points on and next to cell edges too: multiples of the cell size, and a hair either side
                double lat = i % 3 == 0 ? -89 + (random.nextInt(89_000)) * 0.002 + (i % 2 == 0 ? 1e-12 : -1e-12)
                        : -89 + random.nextDouble() * 178;
                double lon = i % 5 == 0 ? -179 + random.nextInt(179_000) * 0.002 : -179 + random.nextDouble() * 358;
                s.setDouble(1, lon);
                s.setDouble(2, lat);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("cell of %s, %s", lat, lon)
                            .isEqualTo(io.fleet.dispatch.track.store.TrackCells.cell(lat, lon));
                }
            }
        }
    }
}
