package io.fleet.dispatch.driver.shift;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shifts and leave through the API on the real PostgreSQL, and the table as the planner reads it. */
@QuarkusTest
class ShiftApiTest {

    @Inject
    DataSource dataSource;

    private long bureau;
    private long unit;
    private long wang;

    @BeforeEach
    void aDriverOfTheirOwn() {
        bureau = Api.organisation(null, "CITY_BUREAU");
        unit = Api.organisation(bureau, "UNIT");
        wang = driver(unit, "王师傅");
    }

    private static long driver(long org, String name) {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return given().contentType(ContentType.JSON)
                .body(Map.of("orgId", org, "name", name, "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> row(String kind, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("actor", "张调度");
        return body;
    }

    private static JsonPath add(long driver, Map<String, Object> body, int status) {
        return given().contentType(ContentType.JSON).body(body).post("/api/drivers/" + driver + "/shifts")
                .then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath availability(String day, long org) {
        return given().queryParam("day", day).queryParam("org", org).get("/api/drivers/availability")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shiftsAndLeaveAreAddedListedAndRemovedWithATrail() {
        long id = add(wang, row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T17:30:00+08:00"), 201).getLong("id");
        Map<String, Object> sick = row("LEAVE", "2026-12-08T00:00:00Z", "2026-12-08T04:00:00Z"); // 08:00-12:00 CST
        sick.put("note", "病假");
        JsonPath leave = add(wang, sick, 201);
        assertThat(leave.getString("startsAt")).isEqualTo("2026-12-08T08:00:00+08:00");
        assertThat(leave.getString("createdBy")).isEqualTo("test-operator");
        assertThat(leave.getString("createdAt")).isNotNull();

        given().queryParam("from", "2026-12-07").queryParam("to", "2026-12-08").get("/api/drivers/" + wang + "/shifts")
                .then().statusCode(200).body("kind", contains("SHIFT", "LEAVE")).body("note", contains(null, "病假"));
        given().queryParam("from", "2026-12-08").queryParam("to", "2026-12-08").get("/api/drivers/" + wang + "/shifts")
                .then().statusCode(200).body("kind", contains("LEAVE"));

        given().queryParam("actor", "李科长").delete("/api/drivers/" + wang + "/shifts/" + id).then().statusCode(204);
        given().queryParam("from", "2026-12-07").queryParam("to", "2026-12-07").get("/api/drivers/" + wang + "/shifts")
                .then().statusCode(200).body("$", empty());
        given().queryParam("actor", "李科长").delete("/api/drivers/" + wang + "/shifts/" + id).then().statusCode(404);

        assertThat(sql("SELECT action || ' ' || kind || ' ' || actor FROM driver_shift_event WHERE driver_id = " + wang
                + " ORDER BY id")).containsExactly("ADD SHIFT test-operator", "ADD LEAVE test-operator", "REMOVE SHIFT test-operator");
    }

    @Test
    void badRowsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(row("SHIFT", "2026-12-07T17:00:00+08:00", "2026-12-07T08:00:00+08:00"))
                .post("/api/drivers/" + wang + "/shifts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("endsAt"));
        assertThat(add(wang, row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-08T09:00:00+08:00"), 400)
                .getList("violations.field")).containsExactly("endsAt");
        assertThat(add(wang, row("HOLIDAY", "2026-12-07T08:00:00+08:00", "2026-12-07T09:00:00+08:00"), 400)
                .getList("violations.field")).containsExactly("kind");
        Map<String, Object> noActor = row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T09:00:00+08:00");
        noActor.remove("actor");
        noActor.remove("startsAt");
        // the caller acts: a missing actor is no fault any more
        assertThat(add(wang, noActor, 400).getList("violations.field")).containsExactly("startsAt");
        Map<String, Object> badTime = row("SHIFT", "tomorrow", "2026-12-07T09:00:00+08:00");
        assertThat(add(wang, badTime, 400).getList("violations.field")).containsExactly("startsAt");

        given().queryParam("from", "2026-12-32").get("/api/drivers/" + wang + "/shifts")
                .then().statusCode(400).body("violations.field", contains("from"));
        given().queryParam("from", "2026-12-08").queryParam("to", "2026-12-07").get("/api/drivers/" + wang + "/shifts")
                .then().statusCode(400).body("violations.field", contains("to"));
        given().queryParam("day", "Monday").get("/api/drivers/availability")
                .then().statusCode(400).body("violations.field", contains("day"));
        add(Long.MAX_VALUE, row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T09:00:00+08:00"), 404);
    }

    @Test
    void rowsOfTheSameKindMayNotOverlapButLeaveMayCoverAShift() {
        add(wang, row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T12:00:00+08:00"), 201);
        JsonPath clash = add(wang, row("SHIFT", "2026-12-07T11:00:00+08:00", "2026-12-07T15:00:00+08:00"), 409);
        assertThat(clash.getList("violations.field")).containsExactly("startsAt");
        assertThat(clash.getString("detail")).contains("王师傅", "2026-12-07T08:00+08:00");
        add(wang, row("SHIFT", "2026-12-07T12:00:00+08:00", "2026-12-07T15:00:00+08:00"), 201); // touching is fine
        add(wang, row("LEAVE", "2026-12-07T09:00:00+08:00", "2026-12-07T10:00:00+08:00"), 201);
        add(wang, row("LEAVE", "2026-12-07T09:30:00+08:00", "2026-12-07T11:00:00+08:00"), 409);
        // Another driver's rows are theirs.
        add(driver(unit, "李师傅"), row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T12:00:00+08:00"), 201);

        // The database holds the same line for writers that bypass the service (the planner only reads, but still).
        assertThat(sqlError("INSERT INTO driver_shift (driver_id, kind, starts_at, ends_at, created_by) VALUES (" + wang
                + ", 'SHIFT', '2026-12-07 10:00+08', '2026-12-07 13:00+08', 'x')")).contains("driver_shift_no_overlap");
    }

    @Test
    void aWeekOfShiftsIsCreatedAtOnceOrNotAtAll() {
        Map<String, Object> week = new HashMap<>(Map.of("from", "2026-12-07", "to", "2026-12-13",
                "start", "08:00", "end", "17:30", "actor", "张调度"));
        List<String> starts = given().contentType(ContentType.JSON).body(week)
                .post("/api/drivers/" + wang + "/shifts/week").then().statusCode(201).body("$", hasSize(5))
                .extract().jsonPath().getList("startsAt");
        assertThat(starts).containsExactly("2026-12-07T08:00:00+08:00", "2026-12-08T08:00:00+08:00",
                "2026-12-09T08:00:00+08:00", "2026-12-10T08:00:00+08:00", "2026-12-11T08:00:00+08:00");

        // Night shifts, 22:00 to the next day's 06:00, on the chosen days; then a range that clashes on one day adds nothing.
        Map<String, Object> nights = new HashMap<>(Map.of("from", "2026-12-12", "to", "2026-12-14",
                "days", List.of("SATURDAY", "SUNDAY", "MONDAY"), "start", "22:00", "end", "06:00", "actor", "张调度"));
        given().contentType(ContentType.JSON).body(nights).post("/api/drivers/" + wang + "/shifts/week")
                .then().statusCode(201).body("endsAt", contains("2026-12-13T06:00:00+08:00",
                        "2026-12-14T06:00:00+08:00", "2026-12-15T06:00:00+08:00"));
        Map<String, Object> clashing = new HashMap<>(Map.of("from", "2026-12-10", "to", "2026-12-20",
                "days", List.of("SUNDAY", "THURSDAY"), "start", "07:00", "end", "09:00", "actor", "张调度"));
        given().contentType(ContentType.JSON).body(clashing).post("/api/drivers/" + wang + "/shifts/week")
                .then().statusCode(409).body("violations.field", contains("start"))
                .body("detail", containsString("on 2026-12-10"));
        assertThat(sql("SELECT count(*) FROM driver_shift WHERE driver_id = " + wang)).containsExactly("8");

        Map<String, Object> backwards = new HashMap<>(week);
        backwards.put("to", "2026-12-01");
        given().contentType(ContentType.JSON).body(backwards).post("/api/drivers/" + wang + "/shifts/week")
                .then().statusCode(400).body("violations.field", contains("to"));
        Map<String, Object> badDay = new HashMap<>(week);
        badDay.put("days", List.of("FUNDAY"));
        given().contentType(ContentType.JSON).body(badDay).post("/api/drivers/" + wang + "/shifts/week")
                .then().statusCode(400).body("violations.field", contains("days[0]"));
    }

    @Test
    void availabilityGivesEachDriverOfTheSubtreeTheirWorkingTimeAfterLeave() {
        long li = driver(unit, "李师傅");
        long zhao = driver(bureau, "赵师傅");
        long elsewhere = driver(Api.organisation(null, "CITY_BUREAU"), "外单位师傅");
        add(wang, row("SHIFT", "2026-12-07T08:00:00+08:00", "2026-12-07T17:30:00+08:00"), 201);
        add(wang, row("LEAVE", "2026-12-07T13:00:00+08:00", "2026-12-08T12:00:00+08:00"), 201);
        add(li, row("LEAVE", "2026-12-06T00:00:00+08:00", "2026-12-12T00:00:00+08:00"), 201);

        JsonPath monday = availability("2026-12-07", bureau);
        assertThat(monday.getList("driverId", Long.class)).containsExactlyInAnyOrder(wang, li, zhao).doesNotContain(elsewhere);
        assertThat(monday.getString("find { it.driverId == " + wang + " }.basis")).isEqualTo("SHIFTS");
        assertThat(monday.getList("find { it.driverId == " + wang + " }.working.startsAt"))
                .containsExactly("2026-12-07T08:00:00+08:00");
        assertThat(monday.getList("find { it.driverId == " + wang + " }.working.endsAt"))
                .containsExactly("2026-12-07T13:00:00+08:00");
        assertThat(monday.getLong("find { it.driverId == " + wang + " }.workingMinutes")).isEqualTo(300);
        assertThat(monday.getList("find { it.driverId == " + li + " }.working")).isEmpty();
        assertThat(monday.getList("find { it.driverId == " + li + " }.leave.kind")).containsExactly("LEAVE");
        assertThat(monday.getString("find { it.driverId == " + zhao + " }.basis")).isEqualTo("DEFAULT_HOURS");
        assertThat(monday.getList("find { it.driverId == " + zhao + " }.working.startsAt"))
                .containsExactly("2026-12-07T08:00:00+08:00");
        assertThat(monday.getInt("find { it.driverId == " + zhao + " }.dailyLimitMinutes")).isEqualTo(480);

        // Tuesday: no shift, so the default hours, less the leave that runs to noon.
        JsonPath tuesday = availability("2026-12-08", unit);
        assertThat(tuesday.getList("driverId", Long.class)).containsExactlyInAnyOrder(wang, li);
        assertThat(tuesday.getString("find { it.driverId == " + wang + " }.basis")).isEqualTo("DEFAULT_HOURS");
        assertThat(tuesday.getList("find { it.driverId == " + wang + " }.working.startsAt"))
                .containsExactly("2026-12-08T12:00:00+08:00");

        // A driver who is not ACTIVE has no working time whatever the rows say.
        given().contentType(ContentType.JSON).body(Map.of("orgId", bureau, "name", "赵师傅",
                "phone", given().get("/api/drivers/" + zhao).then().extract().path("phone"), "licenceClass", "C1",
                "status", "INACTIVE", "version", 0)).put("/api/drivers/" + zhao).then().statusCode(200);
        given().queryParam("day", "2026-12-07").queryParam("org", bureau).get("/api/drivers/availability")
                .then().statusCode(200).body("find { it.driverId == " + zhao + " }.working", empty())
                .body("find { it.driverId == " + zhao + " }.status", equalTo("INACTIVE"));
    }

    private List<String> sql(String query) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1));
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(query, e);
        }
    }

    private String sqlError(String statement) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
            return "no error";
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
