package io.fleet.dispatch.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.RegistryApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaTest {

    static ValidatableResponse setQuota(long org, String pool, int quota, long actorOrg, Integer version) {
        Map<String, Object> body = new HashMap<>(Map.of("quota", quota, "actor", "编制处", "actorOrgId", actorOrg));
        body.put("version", version);
        return given().contentType(ContentType.JSON).body(body).put("/api/registry/quotas/" + org + "/" + pool).then();
    }

    /** The row of one unit and pool in the quota list of {@code listedFor}'s subtree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> use(long listedFor, long unit, String pool) {
        return given().queryParam("org", listedFor).get("/api/registry/quotas").then().statusCode(200)
                .extract().jsonPath().getList("", Map.class).stream()
                .filter(r -> ((Number) r.get("orgId")).longValue() == unit && pool.equals(r.get("pool")))
                .findFirst().orElseThrow();
    }

    @Test
    void heldIsCountedFromTheVehiclesAndOverQuotaIsShown() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long unit = Api.organisation(district, "UNIT");
        setQuota(unit, "GENERAL", 2, district, null).statusCode(200)
                .body("quota", equalTo(2)).body("held", equalTo(0)).body("free", equalTo(2))
                .body("overQuota", equalTo(false)).body("setBy", equalTo("test-operator"));
        long a = Api.vehicle(unit, Api.uniquePlate());
        Api.vehicle(unit, Api.uniquePlate());
        Api.vehicle(unit, Api.uniquePlate());

        assertThat(use(unit, unit, "GENERAL")).containsEntry("quota", 2).containsEntry("held", 3)
                .containsEntry("reserved", 0).containsEntry("free", 0).containsEntry("overQuota", true);

        // a disposed car no longer counts
        RegistryApi.dispose(a, "AUCTION");
        assertThat(use(unit, unit, "GENERAL")).containsEntry("held", 2).containsEntry("overQuota", false);

        // a pool with cars and no quota is listed as over quota; the district sees its units' rows
        var body = Api.vehicleBody(unit, Api.uniquePlate());
        body.put("pool", "EMERGENCY");
        given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(201);
        assertThat(use(district, unit, "EMERGENCY")).containsEntry("quota", null).containsEntry("held", 1)
                .containsEntry("overQuota", true);
        // another city's list does not show them
        long otherCity = Api.organisation(null, "CITY_BUREAU");
        assertThat(given().queryParam("org", otherCity).get("/api/registry/quotas").then().statusCode(200)
                .extract().jsonPath().getList("orgId", Long.class)).doesNotContain(unit);
    }

    @Test
    void aQuotaIsSetFromAboveOnly() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long otherDistrict = Api.organisation(city, "DISTRICT_BUREAU");
        long unit = Api.organisation(district, "UNIT");

        setQuota(unit, "COURIER", 1, unit, null).statusCode(403).contentType("application/problem+json")
                .body("violations.field", contains("actorOrgId"));
        setQuota(unit, "COURIER", 1, otherDistrict, null).statusCode(403);
        setQuota(unit, "COURIER", 1, city, null).statusCode(200).body("version", equalTo(0));
        setQuota(district, "COURIER", 5, district, null).statusCode(403);
        setQuota(city, "COURIER", 20, city, null).statusCode(200);
    }

    @Test
    void aChangeNamesTheVersionItWasBasedOnAndIsAudited() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        setQuota(unit, "RETIREE", 3, city, null).statusCode(200);
        setQuota(unit, "RETIREE", 4, city, null).statusCode(400).body("violations.field", contains("version"));
        setQuota(unit, "RETIREE", 4, city, 0).statusCode(200).body("quota", equalTo(4)).body("version", equalTo(1));
        setQuota(unit, "RETIREE", 5, city, 0).statusCode(409);

        JsonPath trail = given().get("/api/registry/quotas/" + unit + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(trail.getList("action")).containsExactly("QUOTA_SET", "QUOTA_SET");
        assertThat(trail.getList("details.quota", Integer.class)).containsExactly(3, 4);
        assertThat(trail.getList("details.before")).containsExactly(null, 3);
        assertThat(trail.getList("actorOrgId", Long.class)).containsExactly(city, city);
        assertThat(trail.getList("actor")).containsExactly("test-operator", "test-operator");
        assertThat(given().get("/api/audit?resourceType=quota&resourceId=" + unit + "/RETIREE").then()
                .extract().jsonPath().getList("items.after.quota", Integer.class)).startsWith(4, 3);
    }

    @Test
    void badInputNamesTheField() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        setQuota(unit, "LIMOUSINE", 1, city, null).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("pool"));
        setQuota(unit, "GENERAL", -1, city, null).statusCode(400).body("violations.field", contains("quota"));
        setQuota(unit, "GENERAL", 1, 999_999_999L, null).statusCode(400).body("violations.field", contains("actorOrgId"));
        given().contentType(ContentType.JSON).body(Map.of("quota", 1)).put("/api/registry/quotas/" + unit + "/GENERAL")
                .then().statusCode(400).body("violations.field", contains("actorOrgId"));
        setQuota(999_999_999L, "GENERAL", 1, city, null).statusCode(404);
    }
}
