package io.fleet.dispatch.planning.service;

import static io.fleet.dispatch.planning.service.PlanningFixture.CASINO;
import static io.fleet.dispatch.planning.service.PlanningFixture.CONDAMINE;
import static io.fleet.dispatch.planning.service.PlanningFixture.FONTVIEILLE;
import static io.fleet.dispatch.planning.service.PlanningFixture.LARVOTTO;
import static io.fleet.dispatch.planning.service.PlanningFixture.MONACO_VILLE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Immediate mode: an emergency gets the three best crews to send now, nearest first, each with its reasons. */
@QuarkusTest
class ProposalApiTest {

    @Test
    void anEmergencyGetsTheNearestEligibleCrewsFirstWithReasons() {
        PlanningFixture f = new PlanningFixture();
        long near = f.vehicle(f.bureau, "EMERGENCY", "SUV", "NEW_ENERGY", MONACO_VILLE);
        long mid = f.vehicle(f.bureau, "GENERAL", "SEDAN", "FUEL", CASINO);
        long far = f.vehicle(f.bureau, "EMERGENCY", "SEDAN", "FUEL", LARVOTTO);
        long patrol = f.vehicle(f.bureau, "ENFORCEMENT", "ENFORCEMENT", "FUEL", FONTVIEILLE);
        for (int i = 0; i < 4; i++) {
            f.onShiftNow(f.driver(f.bureau));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        long emergency = f.request(f.unit, "EMERGENCY", 2, FONTVIEILLE, CONDAMINE, now, 30, false);

        JsonPath answer = given().get("/api/trip-requests/" + emergency + "/proposals").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> proposals = answer.getList("proposals");
        assertThat(proposals).hasSize(3);
        assertThat(proposals).allSatisfy(p -> assertThat(p.get("feasible")).isEqualTo(true));
        // The enforcement car may not serve an emergency; the others come nearest by road first (Larvotto is at
        // the far end of Monaco from Fontvieille).
        assertThat(answer.getList("proposals.vehicleId", Long.class)).containsExactlyInAnyOrder(near, mid, far)
                .doesNotContain(patrol).last().isEqualTo(far);
        List<Float> etas = answer.getList("proposals.etaMinutes", Float.class);
        assertThat(etas).isSorted();
        for (Map<String, Object> p : proposals) {
            @SuppressWarnings("unchecked")
            List<String> reasons = (List<String>) p.get("reasons");
            assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("ETA"));
            boolean electric = ((Number) p.get("vehicleId")).longValue() == near;
            assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith(electric ? "new-energy" : "fuel"));
        }
        assertThat(answer.getInt("crews")).isEqualTo(4);
    }

    @Test
    void aCarBusyWithAnAcceptedTripIsProposedOnlyWithTheBreakShown() {
        PlanningFixture f = new PlanningFixture();
        long only = f.vehicle(f.bureau, "EMERGENCY", "SUV", "FUEL", MONACO_VILLE);
        long driver = f.driver(f.bureau);
        f.onShiftNow(driver);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        long busy = f.approved(f.unit, "GENERAL", 1, MONACO_VILLE, CASINO, now.minusMinutes(5));
        // A general trip on an emergency car: the dispatcher overrode the pool rule.
        f.step(busy, "assign", Map.of("vehicleId", only, "driverId", driver, "confirmBreaks", true));
        f.step(busy, "accept", Map.of());
        long emergency = f.request(f.unit, "EMERGENCY", 1, FONTVIEILLE, CONDAMINE, now, 20, false);

        JsonPath answer = given().get("/api/trip-requests/" + emergency + "/proposals").then().statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getList("proposals.vehicleId", Long.class)).containsExactly(only);
        assertThat(answer.getBoolean("proposals[0].feasible")).isFalse();
        assertThat(answer.getList("proposals[0].breaks.rule", String.class)).contains("vehicleBusy");
    }

    @Test
    void aPickupOffTheMapIsUnreachableNotAMillionKilometresAway() {
        PlanningFixture f = new PlanningFixture();
        long car = f.vehicle(f.bureau, "EMERGENCY", "SUV", "FUEL", MONACO_VILLE);
        f.onShiftNow(f.driver(f.bureau));
        // Hangzhou's West Lake: no road of the tests' Monaco map leads there
        long request = f.request(f.unit, "EMERGENCY", 1, new double[] {120.1480, 30.2590}, CONDAMINE,
                OffsetDateTime.now(ZoneOffset.ofHours(8)), 30, false);

        JsonPath answer = given().get("/api/trip-requests/" + request + "/proposals").then().statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getList("proposals.vehicleId", Long.class)).containsExactly(car);
        assertThat(answer.getBoolean("proposals[0].reachable")).isFalse();
        assertThat(answer.getBoolean("proposals[0].feasible")).isFalse();
        assertThat(answer.<Object>get("proposals[0].kmToPickup")).isNull();
        assertThat(answer.<Object>get("proposals[0].etaMinutes")).isNull();
        assertThat(answer.getList("proposals[0].breaks.rule", String.class)).containsExactly("unreachable");
    }

    @Test
    void proposalsForAnUnknownRequestAreNotFound() {
        given().get("/api/trip-requests/987654321/proposals").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
