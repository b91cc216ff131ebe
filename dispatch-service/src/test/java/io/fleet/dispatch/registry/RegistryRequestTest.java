package io.fleet.dispatch.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.RegistryApi;
import io.fleet.dispatch.track.TrackFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryRequestTest {

    private long city;
    private long district;
    private long unit;

    @BeforeEach
    void aCityADistrictAndAUnit() {
        city = Api.organisation(null, "CITY_BUREAU");
        district = Api.organisation(city, "DISTRICT_BUREAU");
        unit = Api.organisation(district, "UNIT");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/registry/requests").then();
    }

    private static Map<String, Object> purchase(long org, String pool, String energy) {
        return new HashMap<>(Map.of("kind", "PURCHASE", "orgId", org, "pool", pool, "vehicleKind", "SEDAN", "seats", 5,
                "energy", energy, "reason", "新增执法车", "actor", "李科员"));
    }

    private static ValidatableResponse decide(long id, String action, long actorOrg, String reason) {
        int version = given().get("/api/registry/requests/" + id).then().extract().path("version");
        Map<String, Object> body = new HashMap<>(Map.of("actor", "王局长", "actorOrgId", actorOrg, "version", version));
        body.put("reason", reason);
        return given().contentType(ContentType.JSON).body(body).post("/api/registry/requests/" + id + "/" + action).then();
    }

    private static ValidatableResponse register(long id, String plate, Integer batteryRangeKm) {
        int version = given().get("/api/registry/requests/" + id).then().extract().path("version");
        Map<String, Object> body = new HashMap<>(Map.of("actor", "李科员", "version", version, "plate", plate));
        body.put("batteryRangeKm", batteryRangeKm);
        return given().contentType(ContentType.JSON).body(body).post("/api/registry/requests/" + id + "/register").then();
    }

    private long oldCar(long org, LocalDate registeredOn) {
        var body = Api.vehicleBody(org, Api.uniquePlate());
        body.put("registeredOn", registeredOn.toString());
        return given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(201)
                .body("registeredOn", equalTo(registeredOn.toString())).extract().jsonPath().getLong("id");
    }

    @Test
    void aPurchaseTakesAPlaceOfTheQuotaFromApprovalAndRecordsItsEnergy() {
        QuotaTest.setQuota(unit, "ENFORCEMENT", 1, district, null).statusCode(200);
        long id = post(purchase(unit, "ENFORCEMENT", "NEW_ENERGY")).statusCode(201)
                .body("state", equalTo("REQUESTED")).body("approverOrgId", equalTo((int) district))
                .extract().jsonPath().getLong("id");
        // a second purchase may be asked for while the first is undecided: approval decides
        long second = post(purchase(unit, "ENFORCEMENT", "FUEL")).statusCode(201).extract().jsonPath().getLong("id");

        decide(id, "approve", district, "符合编制").statusCode(200).body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("test-operator")).body("decidedByOrgId", equalTo((int) district))
                .body("decisionReason", equalTo("符合编制"));
        assertThat(QuotaTest.use(unit, unit, "ENFORCEMENT")).containsEntry("held", 0).containsEntry("reserved", 1)
                .containsEntry("free", 0);
        decide(second, "approve", district, "同意").statusCode(409).contentType("application/problem+json")
                .body("violations.field", contains("pool")).body("detail", containsString("quota 1, held 0"));
        post(purchase(unit, "ENFORCEMENT", "FUEL")).statusCode(409).body("violations.field", contains("pool"));

        String plate = Api.uniquePlate();
        JsonPath done = register(id, plate, 450).statusCode(200).body("state", equalTo("COMPLETED"))
                .extract().jsonPath();
        long car = done.getLong("newVehicleId");
        given().get("/api/vehicles/" + car).then().statusCode(200).body("plate", equalTo(plate))
                .body("pool", equalTo("ENFORCEMENT")).body("energy", equalTo("NEW_ENERGY"))
                .body("orgId", equalTo((int) unit));
        assertThat(QuotaTest.use(unit, unit, "ENFORCEMENT")).containsEntry("held", 1).containsEntry("reserved", 0);
        assertThat(done.getList("events.action")).containsExactly("REQUEST", "APPROVE", "REGISTER");
        assertThat(done.getList("events.toState")).containsExactly("REQUESTED", "APPROVED", "COMPLETED");
        assertThat(done.getString("events[2].details.energy")).isEqualTo("NEW_ENERGY");

        // registered once only
        register(id, Api.uniquePlate(), 450).statusCode(409).body("violations.field", contains("state"));
    }

    @Test
    void withoutAQuotaNothingIsBought() {
        post(purchase(unit, "COURIER", "FUEL")).statusCode(409).body("detail", containsString("quota not set"));
    }

    @Test
    void onlyTheApprovingOrganisationOrOneAboveDecides() {
        QuotaTest.setQuota(unit, "GENERAL", 3, district, null).statusCode(200);
        long id = post(purchase(unit, "GENERAL", "FUEL")).statusCode(201).extract().jsonPath().getLong("id");
        long sibling = Api.organisation(city, "DISTRICT_BUREAU");
        decide(id, "approve", unit, "自己批").statusCode(403).body("violations.field", contains("actorOrgId"));
        decide(id, "approve", sibling, "越权").statusCode(403);
        decide(id, "reject", city, null).statusCode(400).body("violations.field", contains("reason"));
        decide(id, "reject", city, "车辆够用").statusCode(200).body("state", equalTo("REJECTED"))
                .body("decidedByOrgId", equalTo((int) city));
        decide(id, "approve", district, "再批").statusCode(409).body("violations.field", contains("state"));
        register(id, Api.uniquePlate(), null).statusCode(409);

        JsonPath r = given().get("/api/registry/requests/" + id).then().extract().jsonPath();
        assertThat(r.getList("events.action")).containsExactly("REQUEST", "REJECT");
        assertThat(r.getString("events[1].details.reason")).isEqualTo("车辆够用");
        assertThat(r.getLong("events[1].actorOrgId")).isEqualTo(city);
    }

    @Test
    void aStaleDecisionIsRefused() {
        long car = Api.vehicle(unit, Api.uniquePlate());
        long id = RegistryApi.submit(Map.of("kind", "DISPOSAL", "vehicleId", car, "disposalMethod", "SCRAP")).getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "王局长", "actorOrgId", district, "version", 7, "reason", "同意"))
                .post("/api/registry/requests/" + id + "/approve").then().statusCode(409)
                .body("violations.field", contains("version"));
    }

    @Test
    void aRenewalNeedsAnOldEnoughCarAndReplacesItOnRegistration() {
        QuotaTest.setQuota(unit, "GENERAL", 1, district, null).statusCode(200);
        long young = oldCar(unit, LocalDate.now().minusYears(3));
        Map<String, Object> renewal = new HashMap<>(Map.of("kind", "RENEWAL", "vehicleId", young, "vehicleKind", "SUV",
                "seats", 5, "energy", "NEW_ENERGY", "reason", "车辆老旧", "actor", "李科员"));
        post(renewal).statusCode(409).body("violations.field", contains("vehicleId"))
                .body("detail", containsString("does not meet the renewal criteria"))
                .body("detail", containsString("no recorded odometer reading"));

        // the unit is at its quota with the old car: a renewal keeps its place
        RegistryApi.dispose(young, "TRANSFER");
        long old = oldCar(unit, LocalDate.now().minusYears(9));
        String phone = TrackFixtures.randomPhone();
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", old)).post("/api/terminals")
                .then().statusCode(201);
        renewal.put("vehicleId", old);
        long id = post(renewal).statusCode(201).body("pool", equalTo("GENERAL"))
                .body("criteria.oldEnough", equalTo(true)).body("criteria.age", containsString("9 years"))
                .extract().jsonPath().getLong("id");
        // one open request per car
        post(Map.of("kind", "DISPOSAL", "vehicleId", old, "disposalMethod", "SCRAP", "reason", "x", "actor", "y"))
                .statusCode(409).body("violations.field", contains("vehicleId"));
        decide(id, "approve", district, "到期更新").statusCode(200).body("state", equalTo("APPROVED"));
        given().get("/api/vehicles/" + old).then().body("status", equalTo("AVAILABLE"));

        long replacement = register(id, Api.uniquePlate(), 380).statusCode(200).body("state", equalTo("COMPLETED"))
                .extract().jsonPath().getLong("newVehicleId");
        given().get("/api/vehicles/" + old).then().body("status", equalTo("DISPOSED")).body("terminalPhone", nullValue());
        given().get("/api/vehicles/" + replacement).then().body("kind", equalTo("SUV")).body("status", equalTo("AVAILABLE"));
        assertThat(QuotaTest.use(unit, unit, "GENERAL")).containsEntry("held", 1).containsEntry("overQuota", false);
        List<Map<String, Object>> terminals = given().get("/api/terminals").then().extract().jsonPath()
                .getList("findAll { it.phone == '" + phone + "' }");
        assertThat(terminals).singleElement().satisfies(t -> {
            assertThat(t.get("vehicleId")).isNull();
            assertThat(t.get("enabled")).isEqualTo(false);
        });
    }

    @Test
    void aYoungCarDrivenFarEnoughMayBeRenewedOnItsRecordedReadings() {
        QuotaTest.setQuota(unit, "GENERAL", 1, district, null).statusCode(200);
        long car = oldCar(unit, LocalDate.now().minusYears(4));
        Map<String, Object> renewal = Map.of("kind", "RENEWAL", "vehicleId", car, "vehicleKind", "SEDAN", "seats", 5,
                "energy", "NEW_ENERGY", "reason", "里程到限", "actor", "李科员");
        post(renewal).statusCode(409);
        Trips.drivenWithReadings(unit, car, 251_000, 251_120);
        post(renewal).statusCode(201).body("criteria.farEnough", equalTo(true))
                .body("criteria.oldEnough", equalTo(false)).body("criteria.odometerKm", equalTo(251_120.0f));
    }

    @Test
    void aDisposalTakesTheCarOutOfServiceReleasesItsTerminalAndFreesItsPlace() {
        QuotaTest.setQuota(unit, "GENERAL", 1, district, null).statusCode(200);
        TrackFixtures.Car car = TrackFixtures.car(unit);
        assertThat(QuotaTest.use(unit, unit, "GENERAL")).containsEntry("free", 0);
        JsonPath done = RegistryApi.dispose(car.vehicleId(), "SCRAP");
        assertThat(done.getString("state")).isEqualTo("APPROVED");
        assertThat(done.getString("events[1].details.terminalReleased")).isEqualTo(car.phone());
        given().get("/api/vehicles/" + car.vehicleId()).then().body("status", equalTo("DISPOSED"))
                .body("terminalPhone", nullValue());
        assertThat(QuotaTest.use(unit, unit, "GENERAL")).containsEntry("held", 0).containsEntry("free", 1);

        // it does not come back by a plain change, and is not disposed of twice
        var back = Api.vehicleBody(unit, given().get("/api/vehicles/" + car.vehicleId()).then().extract().path("plate"));
        back.put("status", "AVAILABLE");
        back.put("version", given().get("/api/vehicles/" + car.vehicleId()).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(back).put("/api/vehicles/" + car.vehicleId()).then()
                .statusCode(400).body("violations.field", contains("status"));
        post(Map.of("kind", "DISPOSAL", "vehicleId", car.vehicleId(), "disposalMethod", "SCRAP", "reason", "x",
                "actor", "y")).statusCode(409);
    }

    @Test
    void aCarOnAnUnfinishedTripIsNotDisposedOf() {
        long car = Api.vehicle(unit, Api.uniquePlate());
        Trips.assigned(unit, car);

        long id = RegistryApi.submit(Map.of("kind", "DISPOSAL", "vehicleId", car, "disposalMethod", "AUCTION"))
                .getLong("id");
        decide(id, "approve", district, "同意").statusCode(409).body("detail", containsString("1 trip(s)"));
        given().get("/api/vehicles/" + car).then().body("status", equalTo("AVAILABLE"));
        given().get("/api/registry/requests/" + id).then().body("state", equalTo("REQUESTED"));
    }

    @Test
    void aPlateChangeRePlatesTheCarAndKeepsTheOldPlate() {
        TrackFixtures.Car car = TrackFixtures.car(unit);
        String before = given().get("/api/vehicles/" + car.vehicleId()).then().extract().path("plate");
        String after = Api.uniquePlate();
        var change = Api.vehicleBody(unit, after);
        change.put("version", 0);
        given().contentType(ContentType.JSON).body(change).put("/api/vehicles/" + car.vehicleId()).then()
                .statusCode(400).body("violations.field", contains("plate"));

        long taken = Api.vehicle(unit, Api.uniquePlate());
        String takenPlate = given().get("/api/vehicles/" + taken).then().extract().path("plate");
        post(Map.of("kind", "PLATE_CHANGE", "vehicleId", car.vehicleId(), "newPlate", takenPlate, "reason", "x",
                "actor", "y")).statusCode(409).body("violations.field", contains("newPlate"));
        post(Map.of("kind", "PLATE_CHANGE", "vehicleId", car.vehicleId(), "newPlate", "AB123", "reason", "x",
                "actor", "y")).statusCode(400).body("violations.field", contains("newPlate"));
        post(Map.of("kind", "PLATE_CHANGE", "vehicleId", car.vehicleId(), "newPlate", before, "reason", "x",
                "actor", "y")).statusCode(400).body("violations.field", contains("newPlate"));

        JsonPath done = RegistryApi.replate(car.vehicleId(), after);
        assertThat(done.getString("events[1].details.oldPlate")).isEqualTo(before);
        given().get("/api/vehicles/" + car.vehicleId()).then().body("plate", equalTo(after));
        JsonPath history = given().get("/api/registry/vehicles/" + car.vehicleId() + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("plates.plate")).containsExactly(before, after);
        assertThat((Object) history.get("plates[0].validFrom")).isNull();
        assertThat(history.getString("plates[0].validTo")).isEqualTo(history.getString("plates[1].validFrom"));
        assertThat((Object) history.get("plates[1].validTo")).isNull();
    }

    @Test
    void eachKindNamesTheFieldsItNeedsAndRefusesForeignOnes() {
        post(Map.of("kind", "PURCHASE", "reason", "x", "actor", "y")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("orgId", "pool", "vehicleKind", "seats", "energy"));
        post(Map.of("kind", "DISPOSAL", "vehicleId", 1, "disposalMethod", "SCRAP", "newPlate", "浙A·12345",
                "reason", "x", "actor", "y")).statusCode(400).body("violations.field", contains("newPlate"));
        post(Map.of("kind", "DISPOSAL", "vehicleId", 999_999_999L, "disposalMethod", "SCRAP", "reason", "x",
                "actor", "y")).statusCode(400).body("violations.field", contains("vehicleId"));
        post(Map.of("kind", "DISPOSAL", "vehicleId", 1, "disposalMethod", "BURN", "reason", "x", "actor", "y"))
                .statusCode(400).body("violations.field", contains("disposalMethod"));
        post(Map.of("kind", "SWAP", "reason", "x", "actor", "y")).statusCode(400).body("violations.field", contains("kind"));
        post(Map.of("kind", "PLATE_CHANGE", "vehicleId", 1, "newPlate", "浙A·12345")).statusCode(400)
                .body("violations.field", containsInAnyOrder("reason"));
        given().queryParam("state", "PENDING").get("/api/registry/requests").then().statusCode(400)
                .body("violations.field", contains("state"));
        given().get("/api/registry/requests/999999999").then().statusCode(404);
    }

    @Test
    void requestsAreListedForTheSubtree() {
        long car = Api.vehicle(unit, Api.uniquePlate());
        long id = RegistryApi.submit(Map.of("kind", "DISPOSAL", "vehicleId", car, "disposalMethod", "SCRAP")).getLong("id");
        assertThat(given().queryParam("org", city).queryParam("state", "REQUESTED").get("/api/registry/requests")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class)).contains(id);
        assertThat(given().queryParam("org", Api.organisation(null, "CITY_BUREAU")).get("/api/registry/requests")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class)).doesNotContain(id);
        assertThat(given().queryParam("vehicleId", car).get("/api/registry/requests").then().statusCode(200)
                .extract().jsonPath().getList("vehiclePlate")).hasSize(1);
    }
}
