package io.fleet.dispatch.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.supervision.Feed;
import io.fleet.dispatch.supervision.engine.SupervisionScanner;
import io.fleet.dispatch.track.PositionStreamWriter;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.movement.MovementUpdater;
import io.fleet.dispatch.track.movement.Scenario;
import io.fleet.dispatch.track.movement.TrackPoint;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The evaluation numbers reproduced from raw data: three cars in two units of a district, their positions sent
 * through the positions stream and the real ingest and movement code, trips, expenses, settings, sealing and
 * complaints through the API, alarms raised by a supervision round and reviewed through the API. Every figure is
 * checked against the hand calculation written next to it (distances within the segmentation's one-report slack).
 */
@QuarkusTest
class EvaluationTest {

    private static final double LAT = 30.25;
    private static final double LON = 120.15;
    /** One report every 10 s: where a drive starts or ends is known to a report, its length to about one step. */
    private static final double KM_SLACK = 0.25;
    private static final double HOUR_SLACK = 0.02;

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    MovementUpdater movements;
    @Inject
    SupervisionScanner scanner;

    @Test
    void everyFigureMatchesTheHandCalculationFromTheRawData() throws Exception {
        StatefulRedisConnection<byte[], byte[]> connection = redis.binary();
        try {
            Feed feed = new Feed(new PositionStreamWriter(connection.sync(), redis.positionsStream()),
                    ingestion.newIngestor("evaluation-test", connection), movements, scanner);
            check(feed);
        } finally {
            connection.close();
        }
    }

    private void check(Feed feed) throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long u1 = Api.organisation(district, "UNIT");
        long u2 = Api.organisation(district, "UNIT");
        LocalDate w = plainWorkingDay();
        LocalDate today = LocalDate.now(Feed.CST);

        // U1 works 09:00-17:00 (8 h); U2 inherits the default 08:30-17:30 (9 h)
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "params", Map.of("start", "09:00",
                "end", "17:00"), "actor", "单位")).put("/api/supervision/settings/" + u1 + "/WORKING_HOURS")
                .then().statusCode(200);
        Feed.Car x = Feed.car(u1, Map.of("energy", "FUEL"));
        Feed.Car y = Feed.car(u1, Map.of("energy", "NEW_ENERGY", "batteryRangeKm", 400));
        Feed.Car z = Feed.car(u2, Map.of("energy", "NEW_ENERGY", "batteryRangeKm", 400));
        // U2 sealed 12:00-18:00 on day w: 5.5 h of its 9 working hours gone that day
        given().contentType(ContentType.JSON).body(Map.of("orgId", u2, "startsAt", Feed.iso(Feed.at(w, "12:00")),
                "endsAt", Feed.iso(Feed.at(w, "18:00")), "reason", "检查封存", "actor", "管理员"))
                .post("/api/supervision/sealing-periods").then().statusCode(201);

        // X (fuel): an approved trip 10:00-11:00, 20 min at 40 km/h = 13.33 km, tolls 15 + parking 10 yuan;
        // then at 14:00 15 min at 40 km/h = 10 km with no trip (empty; a NO_TRIP alarm, confirmed)
        Scenario sx = new Scenario(Feed.at(w, "10:00"), LAT, LON).stand(10, false, 0).drive(20, 40);
        TrackPoint xDest = last(sx.points());
        sx.stand(210, false, 0).drive(15, 40).stand(10, false, 0);
        long t1 = Feed.approvedTrip(x, Feed.at(w, "10:00"), Feed.at(w, "11:00"), xDest.latitude(), xDest.longitude());
        expense(t1, "TOLL", 1500);
        expense(t1, "PARKING", 1000);
        feed.send(x, sx.points());
        // Y (new energy): 21:00, 30 min at 40 km/h = 20 km with no trip (an OFF_HOURS alarm, dismissed)
        feed.send(y, new Scenario(Feed.at(w, "21:00"), LAT, LON).stand(10, false, 0).drive(30, 40)
                .stand(20, false, 0).points());
        // Z (new energy): an approved trip 08:00-10:00, 30 min at 60 km/h = 30 km, charging 30 yuan
        Scenario sz = new Scenario(Feed.at(w, "08:00"), LAT, LON).stand(5, false, 0).drive(30, 60);
        TrackPoint zDest = last(sz.points());
        sz.stand(25, false, 0);
        long t2 = Feed.approvedTrip(z, Feed.at(w, "08:00"), Feed.at(w, "10:00"), zDest.latitude(), zDest.longitude());
        expense(t2, "CHARGING", 3000);
        feed.send(z, sz.points());
        feed.process();

        review(x, "NO_TRIP", "confirm");
        review(y, "OFF_HOURS", "dismiss");
        assertThat(Feed.alarmsOf(z, null)).as("Z's day raises nothing").isEmpty();
        complaint(x, "SUBSTANTIATED");
        complaint(z, "UNSUBSTANTIATED");
        complaint(null, null); // received, not concluded: no unit yet, counted nowhere

        long days = today.toEpochDay() - w.toEpochDay() + 1;
        int workingDays = 0;
        for (LocalDate d = w; !d.isAfter(today); d = d.plusDays(1)) {
            workingDays += given().get("/api/supervision/calendar/" + d).then().extract().jsonPath()
                    .getBoolean("workingDay") ? 1 : 0;
        }

        JsonPath vehicles = given().queryParam("org", city).queryParam("from", w.toString())
                .queryParam("to", today.toString()).get("/api/evaluation/vehicles").then().statusCode(200)
                .extract().jsonPath();
        assertThat(vehicles.getLong("days")).isEqualTo(days);
        assertThat(vehicles.getList("rows")).hasSize(3);
        Map<String, Object> vx = row(vehicles, "vehicleId", x.vehicleId());
        Map<String, Object> vy = row(vehicles, "vehicleId", y.vehicleId());
        Map<String, Object> vz = row(vehicles, "vehicleId", z.vehicleId());

        // X: in use 10:00-10:30 (standing for the trip, then driving) + 14:00-14:15 = 0.75 h
        expect(vx, "trips", 1);
        expect(vx, "hoursInUse", 0.75, HOUR_SLACK);
        expect(vx, "hoursAvailable", 8.0 * workingDays, 0);
        expect(vx, "useRate", 0.75 / (8.0 * workingDays), 0.005);
        expect(vx, "km", 23.33, KM_SLACK);
        expect(vx, "emptyKm", 10.0, KM_SLACK);
        expect(vx, "emptyShare", 10.0 / 23.33, 0.01);
        expect(vx, "expensesYuan", 25.0, 0);
        expect(vx, "runningCostYuan", 23.33 * 0.60, 0.6 * KM_SLACK);
        expect(vx, "costYuan", 25 + 23.33 * 0.60, 0.6 * KM_SLACK);
        expect(vx, "costPerKmYuan", (25 + 23.33 * 0.60) / 23.33, 0.01);
        expect(vx, "newEnergyKm", 0, 0);
        expect(vx, "newEnergyShareOfUse", 0, 0);
        expect(vx, "purchases", 1);
        expect(vx, "newEnergyPurchases", 0);
        expect(vx, "alarms", 1);
        expect(vx, "confirmedAlarms", 1);
        expect(vx, "confirmedAlarmsPer100VehicleDays", 100.0 / days, 0.01);
        expect(vx, "complaints", 1);
        expect(vx, "substantiatedComplaints", 1);
        // Y: 21:10-21:40 driving, no trip, all empty
        expect(vy, "trips", 0);
        expect(vy, "hoursInUse", 0.5, HOUR_SLACK);
        expect(vy, "hoursAvailable", 8.0 * workingDays, 0);
        expect(vy, "km", 20.0, KM_SLACK);
        expect(vy, "emptyKm", 20.0, KM_SLACK);
        expect(vy, "costYuan", 20 * 0.40, 0.4 * KM_SLACK);
        expect(vy, "costPerKmYuan", 0.40, 0.005);
        expect(vy, "newEnergyShareOfUse", 1.0, 0);
        expect(vy, "newEnergyPurchases", 1);
        expect(vy, "alarms", 1);
        expect(vy, "confirmedAlarms", 0);
        expect(vy, "complaints", 0);
        // Z: the whole trip window it reported in, 08:00-09:00, is in use; sealed 12:00-17:30 of w's 9 hours
        expect(vz, "trips", 1);
        expect(vz, "hoursInUse", 1.0, HOUR_SLACK);
        expect(vz, "hoursAvailable", 9.0 * workingDays - 5.5, 0);
        expect(vz, "km", 30.0, KM_SLACK);
        expect(vz, "emptyKm", 0, 0);
        expect(vz, "expensesYuan", 30.0, 0);
        expect(vz, "costYuan", 30 + 30 * 0.40, 0.4 * KM_SLACK);
        expect(vz, "complaints", 1);
        expect(vz, "substantiatedComplaints", 0);

        JsonPath units = given().queryParam("org", city).queryParam("from", w.toString())
                .queryParam("to", today.toString()).get("/api/evaluation/units").then().statusCode(200)
                .extract().jsonPath();
        assertThat(units.getList("rows.orgId", Long.class)).containsExactly(city, district, u1, u2);
        assertThat(units.getList("rows.depth", Integer.class)).containsExactly(0, 1, 2, 2);
        Map<String, Object> r1 = row(units, "orgId", u1);
        Map<String, Object> r2 = row(units, "orgId", u2);
        Map<String, Object> rd = row(units, "orgId", district);
        Map<String, Object> rc = row(units, "orgId", city);
        // U1 = X + Y
        expect(r1, "vehicles", 2);
        expect(r1, "vehicleDays", 2 * days);
        expect(r1, "trips", 1);
        expect(r1, "hoursInUse", 1.25, 2 * HOUR_SLACK);
        expect(r1, "hoursAvailable", 16.0 * workingDays, 0);
        expect(r1, "km", 43.33, 2 * KM_SLACK);
        expect(r1, "emptyKm", 30.0, 2 * KM_SLACK);
        expect(r1, "emptyShare", 30.0 / 43.33, 0.01);
        expect(r1, "costYuan", 25 + 23.33 * 0.6 + 20 * 0.4, 0.5 * KM_SLACK);
        expect(r1, "newEnergyShareOfUse", 20.0 / 43.33, 0.01);
        expect(r1, "purchases", 2);
        expect(r1, "newEnergyShareOfPurchases", 0.5, 0);
        expect(r1, "alarms", 2);
        expect(r1, "confirmedAlarms", 1);
        expect(r1, "confirmedAlarmsPer100VehicleDays", 100.0 / (2 * days), 0.01);
        expect(r1, "complaints", 1);
        expect(r1, "substantiatedComplaints", 1);
        expect(r2, "vehicles", 1);
        expect(r2, "complaints", 1);
        expect(r2, "substantiatedComplaints", 0);
        expect(r2, "newEnergyShareOfPurchases", 1.0, 0);
        // the district and the city: all three cars
        for (Map<String, Object> r : List.of(rd, rc)) {
            expect(r, "vehicles", 3);
            expect(r, "vehicleDays", 3 * days);
            expect(r, "trips", 2);
            expect(r, "hoursInUse", 2.25, 3 * HOUR_SLACK);
            expect(r, "hoursAvailable", 25.0 * workingDays - 5.5, 0);
            expect(r, "useRate", 2.25 / (25.0 * workingDays - 5.5), 0.005);
            expect(r, "km", 73.33, 3 * KM_SLACK);
            expect(r, "emptyKm", 30.0, 2 * KM_SLACK);
            expect(r, "expensesYuan", 55.0, 0);
            expect(r, "costYuan", 55 + 23.33 * 0.6 + 20 * 0.4 + 30 * 0.4, 0.5 * 3 * KM_SLACK);
            expect(r, "costPerKmYuan", (55 + 23.33 * 0.6 + 20 * 0.4 + 30 * 0.4) / 73.33, 0.01);
            expect(r, "newEnergyKm", 50.0, 2 * KM_SLACK);
            expect(r, "newEnergyShareOfUse", 50.0 / 73.33, 0.01);
            expect(r, "purchases", 3);
            expect(r, "newEnergyPurchases", 2);
            expect(r, "newEnergyShareOfPurchases", 0.6667, 0);
            expect(r, "alarms", 2);
            expect(r, "confirmedAlarms", 1);
            expect(r, "complaints", 2);
            expect(r, "substantiatedComplaints", 1);
        }
        // a unit's row is its cars' rows added up (exactly, not just within the slack)
        assertThat(num(r1, "km")).isCloseTo(num(vx, "km") + num(vy, "km"), within(0.011));
        assertThat(num(rd, "costYuan")).isCloseTo(num(vx, "costYuan") + num(vy, "costYuan") + num(vz, "costYuan"),
                within(0.011));

        // a period before the cars' day: nothing used, the cars still there and available
        LocalDate before = w.minusDays(1);
        JsonPath empty = given().queryParam("org", u1).queryParam("from", before.toString())
                .queryParam("to", before.toString()).get("/api/evaluation/units").then().statusCode(200)
                .extract().jsonPath();
        assertThat(empty.getList("rows.orgId", Long.class)).containsExactly(u1);
        Map<String, Object> quiet = empty.getMap("rows[0]");
        expect(quiet, "km", 0, 0);
        assertThat(quiet.get("costPerKmYuan")).isNull();
        assertThat(quiet.get("emptyShare")).isNull();
        expect(quiet, "purchases", 0);
        assertThat(quiet.get("newEnergyShareOfPurchases")).isNull();

        exports(city, w, today, units);
    }

    /** CSV by Accept header, XLSX by format=, both read back and equal to the JSON. */
    private void exports(long city, LocalDate from, LocalDate to, JsonPath units) throws Exception {
        byte[] csv = given().accept("text/csv").queryParam("org", city).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/evaluation/units").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        String[] lines = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(5);
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).startsWith("org_id", "parent_id", "depth", "unit", "kind", "vehicles");
        String[] cityLine = lines[1].split(",");
        assertThat(cityLine[0]).isEqualTo(Long.toString(city));
        assertThat(new BigDecimal(cityLine[header.indexOf("km")]).doubleValue())
                .isEqualTo(units.getDouble("rows[0].km"));
        assertThat(cityLine[header.indexOf("cost_per_km_yuan")]).isEqualTo(
                new BigDecimal(units.getString("rows[0].costPerKmYuan")).stripTrailingZeros().toPlainString());

        byte[] xlsx = given().queryParam("org", city).queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("format", "xlsx").get("/api/evaluation/units")
                .then().statusCode(200).contentType(Xlsx.MEDIA_TYPE).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            List<String> names = rows.get(0).stream().map(c -> c.getText()).toList();
            assertThat(names).isEqualTo(header);
            for (int i = 0; i < 4; i++) {
                Row r = rows.get(i + 1);
                String base = "rows[" + i + "].";
                assertThat(r.getCellAsNumber(0).orElseThrow().longValue()).isEqualTo(units.getLong(base + "orgId"));
                assertThat(r.getCellText(names.indexOf("unit"))).isEqualTo(units.getString(base + "name"));
                for (String[] field : new String[][] {{"km", "km"}, {"empty_km", "emptyKm"},
                        {"hours_in_use", "hoursInUse"}, {"hours_available", "hoursAvailable"},
                        {"cost_yuan", "costYuan"}, {"new_energy_share_of_use", "newEnergyShareOfUse"},
                        {"confirmed_alarms", "confirmedAlarms"}, {"complaints", "complaints"}}) {
                    assertThat(r.getCellAsNumber(names.indexOf(field[0])).orElseThrow().doubleValue())
                            .as(field[0]).isEqualTo(units.getDouble(base + field[1]));
                }
            }
        }
        // vehicles too, by the Accept header
        byte[] cars = given().accept(Xlsx.MEDIA_TYPE).queryParam("org", city).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/evaluation/vehicles").then().statusCode(200)
                .contentType(Xlsx.MEDIA_TYPE).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(cars))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("plate");
        }
    }

    @Test
    void badRequestsNameTheField() {
        long city = Api.organisation(null, "CITY_BUREAU");
        problem(Map.of("from", "2026-11-01", "to", "2026-11-30"), "org");
        problem(Map.of("org", city, "to", "2026-11-30"), "from");
        problem(Map.of("org", city, "from", "2026-11-31", "to", "2026-12-01"), "from");
        problem(Map.of("org", city, "from", "2026-11-30", "to", "2026-11-01"), "to");
        problem(Map.of("org", city, "from", "2025-01-01", "to", "2026-11-01"), "to");
        problem(Map.of("org", city, "from", "2026-11-01", "to", "2026-11-30", "format", "pdf"), "format");
        given().queryParam("org", 987_654_321L).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .get("/api/evaluation/units").then().statusCode(404);
    }

    private static void problem(Map<String, Object> query, String field) {
        for (String what : List.of("units", "vehicles")) {
            given().queryParams(query).get("/api/evaluation/" + what).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", org.hamcrest.Matchers.equalTo(field));
        }
    }

    private static TrackPoint last(List<TrackPoint> points) {
        return points.get(points.size() - 1);
    }

    private static void expense(long trip, String kind, int cents) {
        given().contentType(ContentType.JSON).body(Map.of("actor", "王师傅", "kind", kind, "amountCents", cents))
                .post("/api/trip-requests/" + trip + "/expenses").then().statusCode(201);
    }

    private static void review(Feed.Car car, String rule, String action) {
        List<Map<String, Object>> alarms = Feed.alarmsOf(car, null);
        assertThat(alarms).extracting(a -> a.get("rule")).containsExactly(rule);
        Map<String, Object> alarm = alarms.get(0);
        given().contentType(ContentType.JSON).body(Map.of("actor", "督查员", "version", alarm.get("version"),
                "text", "核查结论")).post("/api/supervision/alarms/" + alarm.get("id") + "/" + action)
                .then().statusCode(200);
    }

    /** A hotline complaint, concluded about the car with the outcome (or left open when car is null). */
    private static void complaint(Feed.Car car, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("actor", "12345接线员");
        body.put("plate", "浙A·D9");
        body.put("seenFrom", OffsetDateTime.now(Feed.CST).minusHours(2).withNano(0).toString());
        body.put("lon", LON);
        body.put("lat", LAT);
        body.put("description", "公车私用");
        long id = given().contentType(ContentType.JSON).body(body).post("/api/complaints").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        if (car == null) {
            return;
        }
        complaintStep(id, "assign", Map.of("assignee", "李督查"));
        complaintStep(id, "investigate", Map.of());
        complaintStep(id, "conclude", Map.of("outcome", outcome, "findings", "核查", "vehicleId", car.vehicleId()));
    }

    private static void complaintStep(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("actor", "督查科");
        body.put("version", given().get("/api/complaints/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/complaints/" + id + "/" + action)
                .then().statusCode(200);
    }

    /** A Monday-Friday of the last weeks without a calendar entry (neither holiday nor make-up day). */
    private static LocalDate plainWorkingDay() {
        LocalDate d = LocalDate.now(Feed.CST).minusDays(3);
        for (int i = 0; i < 25; i++, d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && "working day".equals(given().get("/api/supervision/calendar/" + d)
                    .then().extract().jsonPath().getString("is"))) {
                return d;
            }
        }
        throw new IllegalStateException("no plain working day in the last weeks");
    }

    private static Map<String, Object> row(JsonPath report, String key, long id) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> ((Number) r.get(key)).longValue() == id).findFirst().orElseThrow();
    }

    private static double num(Map<String, Object> row, String field) {
        Object v = row.get(field);
        assertThat(v).as(field).isNotNull();
        return ((Number) v).doubleValue();
    }

    private static void expect(Map<String, Object> row, String field, long expected) {
        assertThat(((Number) row.get(field)).longValue()).as(field + " of " + row).isEqualTo(expected);
    }

    private static void expect(Map<String, Object> row, String field, double expected, double slack) {
        assertThat(num(row, field)).as(field + " of " + row).isCloseTo(expected, within(slack + 0.0051));
    }
}
