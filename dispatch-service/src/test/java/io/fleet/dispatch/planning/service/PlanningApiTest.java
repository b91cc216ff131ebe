package io.fleet.dispatch.planning.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static io.fleet.dispatch.planning.service.PlanningFixture.CASINO;
import static io.fleet.dispatch.planning.service.PlanningFixture.CONDAMINE;
import static io.fleet.dispatch.planning.service.PlanningFixture.FONTVIEILLE;
import static io.fleet.dispatch.planning.service.PlanningFixture.LARVOTTO;
import static io.fleet.dispatch.planning.service.PlanningFixture.MONACO_VILLE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A day plan through the API: solved within the rules, applied, and re-planned as requests come and go. */
@QuarkusTest
class PlanningApiTest {

    // Far enough ahead that no other test's requests share the day and the subtree.
    private final LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);

    private OffsetDateTime at(int hour, int minute) {
        return day.atTime(hour, minute).atOffset(ZoneOffset.ofHours(8));
    }

    private JsonPath until(String id, Predicate<JsonPath> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonPath plan;
        do {
            Thread.sleep(250);
            plan = given().get("/api/planning/plans/" + id).then().statusCode(200).extract().jsonPath();
        } while (!done.test(plan) && System.currentTimeMillis() < deadline);
        return plan;
    }

    @Test
    void aDayIsPlannedWithinTheRulesAppliedAndReplannedAsRequestsChange() throws Exception {
        PlanningFixture f = new PlanningFixture();
        long electric = f.vehicle(f.bureau, "GENERAL", "SEDAN", "NEW_ENERGY", FONTVIEILLE);
        long fuel = f.vehicle(f.bureau, "GENERAL", "SEDAN", "FUEL", LARVOTTO);
        long patrol = f.vehicle(f.unit, "ENFORCEMENT", "ENFORCEMENT", "FUEL", CONDAMINE);
        f.driver(f.bureau);
        f.driver(f.bureau);
        f.driver(f.unit);
        long r1 = f.approved(f.unit, "GENERAL", 2, FONTVIEILLE, CASINO, at(9, 0));
        long r2 = f.approved(f.unit, "GENERAL", 1, MONACO_VILLE, LARVOTTO, at(9, 0));
        long r3 = f.approved(f.unit, "GENERAL", 3, CASINO, FONTVIEILLE, at(14, 0));
        long duty = f.approved(f.unit, "ENFORCEMENT", 2, CONDAMINE, MONACO_VILLE, at(9, 30));

        String id = given().contentType(ContentType.JSON).body(Map.of("day", day.toString(), "orgId", f.bureau))
                .post("/api/planning/plans").then().statusCode(202).extract().path("id");
        JsonPath plan = until(id, p -> "SOLVED".equals(p.getString("status")));

        assertThat(plan.getString("status")).isEqualTo("SOLVED");
        assertThat(plan.getBoolean("feasible")).isTrue();
        assertThat(plan.getList("unserved")).isEmpty();
        assertThat(plan.getInt("summary.served")).isEqualTo(4);
        assertThat(routeOf(plan, duty)).isEqualTo(patrol);
        assertThat(List.of(routeOf(plan, r1), routeOf(plan, r2), routeOf(plan, r3))).containsOnly(electric, fuel);
        // Every pickup inside its window.
        List<Map<String, Object>> stops = plan.getList("routes.flatten().stops.flatten()");
        assertThat(stops).allSatisfy(s -> assertThat(s.get("late")).isEqualTo(false));
        // The score explained by rule: no hard rule among them.
        Map<String, String> constraints = plan.getMap("constraints");
        assertThat(constraints.values()).noneMatch(v -> !v.startsWith("0hard"));

        // Applied through the request workflow: each request is scheduled on its planned vehicle.
        List<Map<String, Object>> outcomes = given().contentType(ContentType.JSON).body(Map.of("actor", "张调度"))
                .post("/api/planning/plans/" + id + "/apply").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(outcomes).extracting(o -> o.get("outcome")).containsOnly("ASSIGNED");
        given().get("/api/trip-requests/" + duty).then().body("state", equalTo("SCHEDULED"))
                .body("vehicleId", equalTo((int) patrol));

        // A request arriving later is planned from the current plan, not from scratch.
        long late = f.approved(f.unit, "GENERAL", 1, LARVOTTO, MONACO_VILLE, at(16, 0));
        plan = until(id, p -> routeOf(p, late) != null && "SOLVED".equals(p.getString("status")));
        assertThat(routeOf(plan, late)).isIn(electric, fuel);
        assertThat(plan.getInt("changes")).isGreaterThanOrEqualTo(1);

        // A cancelled one leaves it.
        f.step(r3, "cancel", Map.of("reason", "会议取消"));
        plan = until(id, p -> routeOf(p, r3) == null && !unservedIds(p).contains(r3)
                && "SOLVED".equals(p.getString("status")));
        assertThat(routeOf(plan, r3)).isNull();
        assertThat(plan.getBoolean("feasible")).isTrue();
    }

    @Test
    void aRequestNoVehicleMayServeIsLeftUnservedAndSaysSo() throws Exception {
        PlanningFixture f = new PlanningFixture();
        f.vehicle(f.bureau, "GENERAL", "SEDAN", "FUEL", FONTVIEILLE);
        f.driver(f.bureau);
        // Enforcement duty, but the only car is a general one.
        long duty = f.approved(f.unit, "ENFORCEMENT", 1, CONDAMINE, CASINO, at(10, 0));
        String id = given().contentType(ContentType.JSON).body(Map.of("day", day.toString(), "orgId", f.bureau))
                .post("/api/planning/plans").then().statusCode(202).extract().path("id");
        JsonPath plan = until(id, p -> "SOLVED".equals(p.getString("status")));
        assertThat(plan.getBoolean("feasible")).isTrue();
        assertThat(unservedIds(plan)).containsExactly(duty);
        assertThat(plan.getMap("constraints")).containsKey("Unserved request");
    }

    @Test
    void aPlanNeedsADayAndAnOrganisation() {
        given().contentType(ContentType.JSON).body(Map.of("orgId", 1)).post("/api/planning/plans")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("day", day.toString(), "orgId", 987654321))
                .post("/api/planning/plans").then().statusCode(400).body("violations[0].field", equalTo("orgId"));
        given().get("/api/planning/plans/2020-01-01-1").then().statusCode(404);
    }

    private static Long routeOf(JsonPath plan, long requestId) {
        List<Map<String, Object>> routes = plan.getList("routes");
        for (Map<String, Object> r : routes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> stops = (List<Map<String, Object>>) r.get("stops");
            for (Map<String, Object> s : stops) {
                if (((Number) s.get("requestId")).longValue() == requestId) {
                    return ((Number) r.get("vehicleId")).longValue();
                }
            }
        }
        return null;
    }

    private static List<Long> unservedIds(JsonPath plan) {
        return plan.getList("unserved.requestId", Long.class);
    }
}
