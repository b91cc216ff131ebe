package io.fleet.dispatch.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case through its whole life through the REST API: intake, steps, refusals, audit, reminders, statistics. */
@QuarkusTest
class ComplaintWorkflowTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Inject
    DeadlineReminders reminders;
    @Inject
    DataSource dataSource;
    @Inject
    HolidayCalendar calendar;

    private long unit;
    private long car;
    private String plate;

    @BeforeEach
    void aUnitWithACar() {
        unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        plate = Api.uniquePlate();
        car = Api.vehicle(unit, plate);
    }

    static Map<String, Object> hotline(String plate) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("actor", "12345接线员小陈");
        body.put("plate", plate);
        body.put("seenFrom", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0).toString());
        body.put("lon", 120.1);
        body.put("lat", 30.2);
        body.put("placeText", "西湖文化广场");
        body.put("description", "=HYPERLINK(\"http://x\") 周末用公车去超市");
        body.put("contact", "13800138000");
        return body;
    }

    private long receive(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/complaints")
                .then().statusCode(201).body("state", equalTo("RECEIVED")).extract().jsonPath().getLong("id");
    }

    private JsonPath step(long id, String action, Map<String, Object> extra, int status) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "督查科王科长");
        body.putIfAbsent("version", given().get("/api/complaints/" + id).then().extract().path("version"));
        return given().contentType(ContentType.JSON).body(body).post("/api/complaints/" + id + "/" + action)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aCaseRunsFromReceiptToClosingWithAnAuditTrail() {
        long id = receive(hotline(plate));
        JsonPath received = given().get("/api/complaints/" + id).then().statusCode(200).extract().jsonPath();
        Instant due = Instant.parse(received.getString("dueAt"));
        assertThat(due).isEqualTo(WorkingDays.deadline(Instant.parse(received.getString("receivedAt")), 15));
        assertThat(received.getInt("workingDaysLeft")).isBetween(14, 15);

        step(id, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "x"), 409);
        step(id, "assign", Map.of("assignee", "李督查"), 200);
        JsonPath investigating = step(id, "investigate", Map.of(), 200);
        // the trace the handler started from is kept with the case: the car fits the plate, it sent no positions
        assertThat(investigating.getString("events[2].details.traceVerdict")).isEqualTo("NOT_THERE");
        assertThat(investigating.getList("events[2].details.traceCandidates.vehicleId", Long.class)).containsExactly(car);

        assertThat(step(id, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "周末私用"), 400)
                .getList("violations.field")).containsExactly("vehicleId");
        assertThat(step(id, "conclude", Map.of("findings", "周末私用"), 400).getList("violations.field"))
                .containsExactly("outcome");
        JsonPath concluded = step(id, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "周末私用，已责令整改",
                "vehicleId", car), 200);
        assertThat(concluded.getLong("orgId")).isEqualTo(unit);
        assertThat(concluded.getLong("vehicleId")).isEqualTo(car);

        assertThat(step(id, "link-alarm", Map.of(), 400).getList("violations.field")).containsExactly("alarmId");
        assertThat(step(id, "link-alarm", Map.of("alarmId", 987_654_321L), 400).getString("detail"))
                .contains("no supervision alarm");
        long otherCars = alarmAbout(Api.vehicle(unit, Api.uniquePlate()));
        assertThat(step(id, "link-alarm", Map.of("alarmId", otherCars), 400).getString("detail"))
                .contains("is about vehicle");
        long alarm = alarmAbout(car);
        assertThat(step(id, "link-alarm", Map.of("alarmId", alarm), 200).getLong("alarmId")).isEqualTo(alarm);
        step(id, "reply", Map.of("reply", "经查属实，已责令整改并通报。"), 200);
        assertThat(step(id, "close", Map.of(), 400).getList("violations.field")).containsExactly("satisfaction");
        JsonPath closed = step(id, "close", Map.of("satisfaction", "SATISFIED"), 200);

        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedAt")).isNotNull();
        assertThat(closed.getList("events.action")).containsExactly(
                "RECEIVE", "ASSIGN", "INVESTIGATE", "CONCLUDE", "LINK_ALARM", "REPLY", "CLOSE");
        // the signed-in caller acts, whatever the bodies' "actor" says
        assertThat(closed.getList("events.actor")).containsOnly("test-operator");
        List<String> audited = given().get("/api/audit?resourceType=complaint&resourceId=" + id).then()
                .statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(audited).containsExactly("CLOSE", "REPLY", "LINK_ALARM", "CONCLUDE", "INVESTIGATE", "ASSIGN",
                "RECEIVE");
        assertThat(given().get("/api/audit?resourceType=complaint&action=CONCLUDE&resourceId=" + id).then()
                .extract().jsonPath().getString("items[0].after.outcome")).isEqualTo("SUBSTANTIATED");
        assertThat(closed.getList("events.toState")).containsExactly(
                "RECEIVED", "ASSIGNED", "INVESTIGATING", "CONCLUDED", "CONCLUDED", "REPLIED", "CLOSED");
        step(id, "assign", Map.of("assignee", "李督查"), 409);
    }

    @Test
    void deadlinesFollowTheHolidayCalendar() {
        var working = calendar.between(java.time.LocalDate.parse("2026-09-01"), java.time.LocalDate.parse("2026-10-31"));
        assertThat(working.test(java.time.LocalDate.parse("2026-10-05"))).as("National Day, a Monday").isFalse();
        assertThat(working.test(java.time.LocalDate.parse("2026-10-10"))).as("make-up Saturday").isTrue();
        assertThat(working.test(java.time.LocalDate.parse("2026-10-13"))).as("an ordinary Tuesday").isTrue();
        assertThat(working.test(java.time.LocalDate.parse("2026-10-17"))).as("an ordinary Saturday").isFalse();
    }

    /** A supervision alarm about the car, written as supervision's detection would (its own API has no "create"). */
    private long alarmAbout(long vehicle) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("""
                        INSERT INTO alarm (vehicle_id, org_id, org_path, rule, state, started_at, ended_at, summary, evidence)
                        SELECT id, org_id, org_path, 'NO_TRIP', 'OPEN', now() - interval '1 hour', now(), '无派车单出车', '{}'
                        FROM vehicle WHERE id = """ + vehicle + " RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staleVersionsAndAlarmsOnUnsubstantiatedCasesAreRefused() {
        long id = receive(hotline(plate));
        step(id, "assign", Map.of("assignee", "李督查", "version", 0), 200);
        assertThat(step(id, "investigate", Map.of("version", 0), 409).getString("detail"))
                .contains("changed by someone else");
        step(id, "investigate", Map.of(), 200);
        step(id, "conclude", Map.of("outcome", "UNSUBSTANTIATED", "findings", "当时执行公务派车单"), 200);
        step(id, "link-alarm", Map.of("alarmId", 1), 409);
        given().contentType(ContentType.JSON).body(Map.of("actor", "x", "version", 0))
                .post("/api/complaints/" + id + "/teleport").then().statusCode(403); // no rule: closed
    }

    @Test
    void badIntakeIsRefusedNamingTheField() {
        Map<String, Object> noPlate = hotline(plate);
        noPlate.remove("plate");
        noPlate.put("lat", 95);
        given().contentType(ContentType.JSON).body(noPlate).post("/api/complaints").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("lat", "plate"));

        Map<String, Object> tooShort = hotline("D9");
        given().contentType(ContentType.JSON).body(tooShort).post("/api/complaints").then().statusCode(400)
                .body("violations.field", contains("plate"));

        Map<String, Object> backwards = hotline(plate);
        backwards.put("seenTo", OffsetDateTime.now().minusDays(2).toString());
        given().contentType(ContentType.JSON).body(backwards).post("/api/complaints").then().statusCode(400)
                .body("violations.field", contains("seenTo"));

        Map<String, Object> qr = hotline(plate);
        qr.put("channel", "QR");
        given().contentType(ContentType.JSON).body(qr).post("/api/complaints").then().statusCode(400)
                .body("violations.field", contains("channel"));

        Map<String, Object> badTime = hotline(plate);
        badTime.put("seenFrom", "yesterday");
        given().contentType(ContentType.JSON).body(badTime).post("/api/complaints").then().statusCode(400)
                .body("violations.field", contains("seenFrom"));

        given().queryParam("plate", plate).queryParam("from", "2026-11-20T09:00:00+08:00").queryParam("lat", 30.2)
                .get("/api/complaint-trace").then().statusCode(400).body("violations.field", contains("lon"));
    }

    @Test
    void aPhotoIsCheckedByItsBytesAndServedBack() {
        long id = receive(hotline(plate));
        given().contentType("image/png").body(PNG).queryParam("actor", "小陈").put("/api/complaints/" + id + "/photo")
                .then().statusCode(200).body("photo", equalTo(true));
        byte[] back = given().get("/api/complaints/" + id + "/photo").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(back).isEqualTo(PNG);
        given().contentType("image/png").body("not an image".getBytes()).queryParam("actor", "小陈")
                .put("/api/complaints/" + id + "/photo").then().statusCode(400).body("violations.field", contains("photo"));
    }

    @Test
    void theAuditTrailCannotBeChanged() throws SQLException {
        long id = receive(hotline(plate));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE complaint_event SET actor = 'someone' WHERE complaint_id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM complaint_event WHERE complaint_id = " + id))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void remindersGoOutOnceWhenTheDeadlineNearsAndOnceWhenItPasses() {
        long id = receive(hotline(plate));
        step(id, "assign", Map.of("assignee", "李督查"), 200);
        Instant due = Instant.parse(given().get("/api/complaints/" + id).then().extract().path("dueAt"));

        assertThat(ofCase(reminders.remind(due.minusSeconds(20 * 86_400)), id)).isEmpty();
        List<Map<String, Object>> soon = ofCase(reminders.remind(due.minusSeconds(3600)), id);
        assertThat(soon).extracting(r -> r.get("kind")).containsExactly("DUE_SOON");
        assertThat(soon.get(0).get("assignee")).isEqualTo("李督查");
        assertThat(ofCase(reminders.remind(due.minusSeconds(1800)), id)).isEmpty();
        assertThat(ofCase(reminders.remind(due.plusSeconds(60)), id)).extracting(r -> r.get("kind"))
                .containsExactly("OVERDUE");
        assertThat(ofCase(reminders.remind(due.plusSeconds(7200)), id)).isEmpty();

        JsonPath view = given().get("/api/complaints/" + id).then().extract().jsonPath();
        assertThat(view.getList("events.action")).containsExactly("RECEIVE", "ASSIGN", "REMIND", "REMIND");
        assertThat(view.getList("events.actor")).endsWith("system", "system");
        assertThat(view.getString("state")).isEqualTo("ASSIGNED");
    }

    private static List<Map<String, Object>> ofCase(List<Map<String, Object>> sent, long id) {
        return sent.stream().filter(r -> ((Number) r.get("complaintId")).longValue() == id).toList();
    }

    @Test
    void statisticsByUnitAndOutcomeAndTheCsvExport() {
        long substantiated = receive(hotline(plate));
        long unfounded = receive(hotline(plate));
        long open = receive(hotline(plate));
        for (long id : List.of(substantiated, unfounded)) {
            step(id, "assign", Map.of("assignee", "李督查"), 200);
            step(id, "investigate", Map.of(), 200);
        }
        step(substantiated, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "属实", "vehicleId", car), 200);
        step(unfounded, "conclude", Map.of("outcome", "UNSUBSTANTIATED", "findings", "公务出行", "vehicleId", car), 200);

        // lists: by the unit of the car found, and by state
        given().queryParam("org", unit).get("/api/complaints").then().statusCode(200)
                .body("id", containsInAnyOrder((int) substantiated, (int) unfounded))
                .body("[0].events", nullValue()).body("[0].photo", nullValue());
        given().queryParam("state", "RECEIVED").get("/api/complaints").then().statusCode(200)
                .body("id", hasItem((int) open)).body("state", everyItem(equalTo("RECEIVED")));

        String from = OffsetDateTime.now().minusDays(1).toString();
        String to = OffsetDateTime.now().plusDays(1).toString();
        JsonPath stats = given().queryParam("org", unit).queryParam("from", from).queryParam("to", to)
                .get("/api/complaints/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getList("outcome")).containsExactly("SUBSTANTIATED", "UNSUBSTANTIATED");
        assertThat(stats.getList("complaints", Integer.class)).containsExactly(1, 1);
        assertThat(stats.getList("orgId", Long.class)).containsOnly(unit);

        // the open case has no unit yet: it shows in the whole city's figures, under no unit
        JsonPath all = given().queryParam("from", from).queryParam("to", to).get("/api/complaints/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("findAll { it.orgId == null }.outcome")).contains("OPEN");

        String csv = given().queryParam("org", unit).queryParam("from", from).queryParam("to", to)
                .queryParam("format", "csv").get("/api/complaints/statistics").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).startsWith("\uFEFForg_id,unit,outcome,").contains(unit + ",测试单位,SUBSTANTIATED,1,0,0,0");

        String export = given().queryParam("from", from).queryParam("to", to).get("/api/complaints/export")
                .then().statusCode(200).extract().asString();
        String line = export.lines().filter(l -> l.startsWith(substantiated + ",")).findFirst().orElseThrow();
        assertThat(line).contains(plate).contains("SUBSTANTIATED").contains("\"'=HYPERLINK(\"\"http://x\"\") 周末用公车去超市\"");
        assertThat(export.lines().anyMatch(l -> l.startsWith(open + ","))).isTrue();

        given().queryParam("from", to).queryParam("to", from).get("/api/complaints/export").then().statusCode(400)
                .body("violations.field", contains("to"));
    }
}
