package io.fleet.dispatch.trip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.Operators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests through their whole life, through the API only. */
@QuarkusTest
class TripRequestLifecycleTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private long unit;

    @BeforeEach
    void aUnitOfItsOwn() {
        unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
    }

    private Map<String, Object> request(String category, int passengers, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", unit);
        body.put("requester", "李科员");
        body.put("category", category);
        body.put("passengers", passengers);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", 1.5211);
        body.put("pickupLat", 42.5063);
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plusHours(2).toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 1.5340, "lat", 42.5096)));
        return body;
    }

    private long submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).body("state", equalTo("SUBMITTED")).extract().jsonPath().getLong("id");
    }

    private JsonPath step(long id, String action, Map<String, Object> extra, int status) {
        return step(id, action, extra, status, io.fleet.dispatch.support.SignedIn.token());
    }

    /** A step signed in as {@code token}; the body's actor names someone else and must be ignored. */
    private JsonPath step(long id, String action, Map<String, Object> extra, int status, String token) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "冒充者");
        body.putIfAbsent("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/api/trip-requests/" + id + "/" + action).then().statusCode(status).extract().jsonPath();
    }

    private static String as(long account, String username) {
        return Operators.rootToken(account, username, java.util.EnumSet.allOf(AccountRole.class));
    }

    private long vehicle(String kind, int seats, String pool) {
        Map<String, Object> body = Api.vehicleBody(unit, Api.uniquePlate());
        body.put("kind", kind);
        body.put("seats", seats);
        body.put("pool", pool);
        return given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long driver(String licence) {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return given().contentType(ContentType.JSON)
                .body(Map.of("orgId", unit, "name", "王师傅", "phone", phone, "licenceClass", licence))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aRequestLivesFromSubmissionToEvaluationWithAnAuditTrail() {
        long id = submit(request("GENERAL", 3, NINE));
        long car = vehicle("SEDAN", 5, "GENERAL");
        long wang = driver("C1");

        step(id, "approve", Map.of("actor", "赵处长"), 200, as(9301, "zhao"));
        given().queryParam("vehicleId", car).queryParam("driverId", wang).get("/api/trip-requests/" + id + "/assignment-check")
                .then().statusCode(200).body("$", empty());
        step(id, "assign", Map.of("vehicleId", car, "driverId", wang), 200, as(9302, "zhang"));
        step(id, "accept", Map.of("actor", "王师傅"), 200, as(9303, "wang"));
        step(id, "start", Map.of("actor", "王师傅"), 200, as(9303, "wang"));
        step(id, "complete", Map.of("actor", "王师傅"), 200, as(9303, "wang"));
        JsonPath done = step(id, "evaluate", Map.of("actor", "李科员", "rating", 5), 200, as(9304, "li"));

        assertThat(done.getString("state")).isEqualTo("EVALUATED");
        assertThat(done.getString("approver")).isEqualTo("zhao");
        assertThat(done.getList("events.action")).containsExactly(
                "SUBMIT", "APPROVE", "ASSIGN", "ACCEPT", "START", "COMPLETE", "EVALUATE");
        // who acted is the signed-in caller, never the body's "actor"
        assertThat(done.getList("events.actor")).containsExactly(
                "test-operator", "zhao", "zhang", "wang", "wang", "wang", "li");
        List<Map<String, Object>> audited = given().get("/api/audit?resourceType=trip-request&resourceId=" + id)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(audited).extracting(r -> r.get("action") + " " + r.get("username") + " " + r.get("accountId"))
                .containsExactly("EVALUATE li 9304", "COMPLETE wang 9303", "START wang 9303", "ACCEPT wang 9303",
                        "ASSIGN zhang 9302", "APPROVE zhao 9301", "SUBMIT test-operator 0");
        assertThat(done.getList("events.toState")).containsExactly(
                "SUBMITTED", "APPROVED", "SCHEDULED", "ACCEPTED", "UNDER_WAY", "COMPLETED", "EVALUATED");
    }

    @Test
    void anEmergencyIsDispatchedBeforeApprovalAndApprovedAfterwards() {
        long id = submit(request("EMERGENCY", 2, NINE.plusDays(1)));
        long car = vehicle("SUV", 5, "EMERGENCY");
        long driver = driver("C1");

        JsonPath assigned = step(id, "assign", Map.of("vehicleId", car, "driverId", driver), 200);
        assertThat(assigned.getBoolean("dispatchedBeforeApproval")).isTrue();
        step(id, "accept", Map.of(), 200);
        step(id, "start", Map.of(), 200);
        JsonPath approved = step(id, "approve", Map.of("actor", "赵处长"), 200);
        assertThat(approved.getString("state")).isEqualTo("UNDER_WAY");
        assertThat(approved.getString("approvedAt")).isNotNull();
        step(id, "approve", Map.of("actor", "赵处长"), 409);

        long ordinary = submit(request("GENERAL", 1, NINE.plusDays(1)));
        step(ordinary, "assign", Map.of("vehicleId", vehicle("SEDAN", 5, "GENERAL"), "driverId", driver("C1")), 409);
    }

    @Test
    void rulesAreShownBeforeConfirmingAndOverridesAreRecorded() {
        long id = submit(request("GENERAL", 9, NINE.plusDays(2)));
        long sedan = vehicle("SEDAN", 5, "GENERAL");
        long driver = driver("C1");
        step(id, "approve", Map.of(), 200);

        given().queryParam("vehicleId", sedan).queryParam("driverId", driver).get("/api/trip-requests/" + id + "/assignment-check")
                .then().statusCode(200).body("rule", contains("seats"));
        JsonPath refused = step(id, "assign", Map.of("vehicleId", sedan, "driverId", driver), 409);
        assertThat(refused.getList("violations.field")).containsExactly("seats");

        JsonPath overridden = step(id, "assign", Map.of("vehicleId", sedan, "driverId", driver, "confirmBreaks", true), 200);
        assertThat(overridden.getList("events.find { it.action == 'ASSIGN' }.details.overriddenRules.rule"))
                .containsExactly("seats");

        // the override is its own action in the audit log; assigning another car is a re-assignment, with both cars
        long other = vehicle("SEDAN", 10, "GENERAL"); // 9 passengers and the driver
        step(id, "assign", Map.of("vehicleId", other, "driverId", driver), 200);
        JsonPath audit = given().get("/api/audit?resourceType=trip-request&resourceId=" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(audit.getList("items.action")).startsWith("REASSIGN", "ASSIGN_OVERRIDE");
        assertThat(audit.getLong("items[0].before.vehicleId")).isEqualTo(sedan);
        assertThat(audit.getLong("items[0].after.vehicleId")).isEqualTo(other);
        assertThat(audit.getList("items[1].after.overriddenRules.rule")).containsExactly("seats");
    }

    @Test
    void oneCarCannotBeCommittedTwiceInOverlappingWindows() {
        long car = vehicle("SEDAN", 5, "GENERAL");
        long first = submit(request("GENERAL", 1, NINE.plusDays(3)));
        long second = submit(request("GENERAL", 1, NINE.plusDays(3).plusMinutes(30)));
        step(first, "approve", Map.of(), 200);
        step(second, "approve", Map.of(), 200);
        step(first, "assign", Map.of("vehicleId", car, "driverId", driver("C1")), 200);

        JsonPath clash = step(second, "assign", Map.of("vehicleId", car, "driverId", driver("C1")), 409);
        assertThat(clash.getList("violations.field")).containsExactly("vehicleBusy");
        assertThat(clash.getString("detail")).contains(Long.toString(first));
    }

    @Test
    void aStepOnAStaleVersionIsRefused() {
        long id = submit(request("GENERAL", 1, NINE.plusDays(4)));
        step(id, "approve", Map.of("version", 0), 200);
        JsonPath stale = step(id, "cancel", Map.of("version", 0, "reason", "会议取消"), 409);
        assertThat(stale.getString("detail")).contains("changed by someone else");
    }

    @Test
    void refusalsAndCancellationsNeedAReasonAndReleaseTheCar() {
        long id = submit(request("GENERAL", 1, NINE.plusDays(5)));
        step(id, "approve", Map.of(), 200);
        step(id, "assign", Map.of("vehicleId", vehicle("SEDAN", 5, "GENERAL"), "driverId", driver("C1")), 200);
        JsonPath noReason = step(id, "refuse", Map.of(), 400);
        assertThat(noReason.getList("violations.field")).containsExactly("reason");
        JsonPath refused = step(id, "refuse", Map.of("reason", "车辆故障"), 200);
        assertThat(refused.getString("state")).isEqualTo("APPROVED");
        assertThat((Object) refused.get("vehicleId")).isNull();
    }

    @Test
    void badRequestsNameTheirFields() {
        Map<String, Object> body = request("GENERAL", 0, NINE);
        body.put("destinations", List.of());
        given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("destinations", "passengers"));

        Map<String, Object> backwards = request("GENERAL", 1, NINE);
        backwards.put("windowEnd", NINE.minusHours(1).toString());
        given().contentType(ContentType.JSON).body(backwards).post("/api/trip-requests")
                .then().statusCode(400).body("violations.field", contains("windowEnd"));

        given().contentType(ContentType.JSON).body(Map.of("actor", "x", "version", 0))
                .post("/api/trip-requests/" + submit(request("GENERAL", 1, NINE)) + "/teleport")
                .then().statusCode(403).body("detail", containsString("teleport")); // no rule: closed (docs/security.md)
    }

    @Test
    void listsByOrganisationAndState() {
        long id = submit(request("COURIER", 1, NINE.plusDays(6)));
        given().queryParam("org", unit).queryParam("state", "SUBMITTED").get("/api/trip-requests")
                .then().statusCode(200).body("id", hasItem((int) id)).body("[0].events", equalTo(null));
        given().get("/api/trip-requests/" + id).then().body("events[0].at", notNullValue());
    }
}
