package io.fleet.dispatch.security;

import static io.fleet.dispatch.security.Accounts.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organisation scope: people of one district neither see nor change another district's records (404 for a record,
 * 403 for a list or a write aimed at the other district); the city bureau above both sees both.
 */
@QuarkusTest
class ScopeTest {

    private long city;
    private long districtA;
    private long districtB;
    private long carB;
    private long driverB;
    private long tripB;
    private long accountB;

    @BeforeEach
    void twoDistricts() {
        city = Api.organisation(null, "CITY_BUREAU");
        districtA = Api.organisation(city, "DISTRICT_BUREAU");
        districtB = Api.organisation(city, "DISTRICT_BUREAU");
        carB = Api.vehicle(districtB, Api.uniquePlate());
        driverB = given().contentType(ContentType.JSON).body(Map.of("orgId", districtB, "name", "乙司机",
                        "phone", "139" + (10_000_000 + (int) (Math.random() * 89_999_999)), "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        tripB = given().contentType(ContentType.JSON).body(trip(districtB)).post("/api/trip-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String requesterB = Accounts.make(districtB, "REQUESTER");
        accountB = given().get("/api/accounts?org=" + districtB).then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + requesterB + "' }.id");
    }

    @Test
    void aDispatcherOfAnotherDistrictGets404ForRecordsAnd403ForListsAndWrites() {
        String a = Accounts.signIn(Accounts.make(districtA, "DISPATCHER"));
        as(a).get("/api/vehicles/" + carB).then().statusCode(404).contentType("application/problem+json");
        as(a).get("/api/drivers/" + driverB).then().statusCode(404);
        as(a).get("/api/trip-requests/" + tripB).then().statusCode(404);
        as(a).contentType(ContentType.JSON).body(Map.of("actor", "甲调度", "version", 0, "vehicleId", carB,
                "driverId", driverB, "confirmBreaks", true)).post("/api/trip-requests/" + tripB + "/assign").then()
                .statusCode(404);
        as(a).get("/api/organisations/" + districtB).then().statusCode(404);
        as(a).get("/api/tracks/vehicles/" + carB + "/movements").then().statusCode(404);

        as(a).get("/api/vehicles?org=" + districtB).then().statusCode(403).contentType("application/problem+json");
        as(a).get("/api/drivers?org=" + districtB).then().statusCode(403);
        as(a).get("/api/trip-requests?org=" + districtB).then().statusCode(403);
        as(a).get("/api/live?org=" + districtB).then().statusCode(403);
        as(a).get("/api/organisations?under=" + districtB).then().statusCode(404);

        // without a filter, lists are the caller's own subtree
        as(a).get("/api/vehicles").then().statusCode(200).body("id", not(hasItem((int) carB)));
        as(a).get("/api/trip-requests").then().statusCode(200).body("id", not(hasItem((int) tripB)));
        as(a).get("/api/organisations").then().statusCode(200).body("id", equalTo(List.of((int) districtA)));

        // writes into the other district
        as(a).contentType(ContentType.JSON).body(Map.of("orgId", districtB, "name", "甲司机", "phone", "13912345678",
                "licenceClass", "C1")).post("/api/drivers").then().statusCode(403);
        as(a).contentType(ContentType.JSON).body(trip(districtB)).post("/api/trip-requests").then().statusCode(403);
    }

    @Test
    void anAdministratorOfAnotherDistrictCannotSeeOrMakeItsAccountsOrOrganisations() {
        String admin = Accounts.signIn(Accounts.make(districtA, "ADMINISTRATOR"));
        as(admin).get("/api/accounts/" + accountB).then().statusCode(404);
        as(admin).get("/api/accounts?org=" + districtB).then().statusCode(403);
        as(admin).contentType(ContentType.JSON).body(Map.of("username", Api.unique("x"), "displayName", "x",
                "role", "REQUESTER", "orgId", districtB, "password", Accounts.PASSWORD)).post("/api/accounts").then()
                .statusCode(403);
        as(admin).contentType(ContentType.JSON).body(Api.vehicleBody(districtA, Api.uniquePlate()))
                .put("/api/vehicles/" + carB).then().statusCode(404);
        as(admin).contentType(ContentType.JSON).body(Map.of("code", Api.unique("O"), "name", "x", "kind", "UNIT",
                "parentId", districtB)).post("/api/organisations").then().statusCode(403);
        as(admin).contentType(ContentType.JSON).body(Map.of("code", Api.unique("O"), "name", "x",
                "kind", "CITY_BUREAU")).post("/api/organisations").then().statusCode(403);
        as(admin).post("/api/accounts/" + accountB + "/release-device").then().statusCode(404);
    }

    @Test
    void theCityBureauAboveSeesBothDistricts() {
        String c = Accounts.signIn(Accounts.make(city, "DISPATCHER"));
        as(c).get("/api/vehicles/" + carB).then().statusCode(200);
        as(c).get("/api/trip-requests/" + tripB).then().statusCode(200);
        as(c).get("/api/vehicles?org=" + districtB).then().statusCode(200).body("id", hasItem((int) carB));
        as(c).get("/api/organisations").then().statusCode(200).body("id", hasItem((int) districtB));
    }

    static Map<String, Object> trip(long org) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("requester", "乙科员");
        body.put("category", "GENERAL");
        body.put("passengers", 2);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", 7.42);
        body.put("pickupLat", 43.737);
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plusHours(2).toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 7.426, "lat", 43.74)));
        return body;
    }
}
