package io.fleet.dispatch.vehicle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VehicleResourceTest {

    @Test
    void registersANewEnergyVehicleWithItsHomeLot() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        String plate = Api.uniquePlate();
        var body = Api.vehicleBody(unit, plate);
        body.put("energy", "NEW_ENERGY");
        body.put("batteryRangeKm", 420);
        body.put("pool", "EMERGENCY");
        body.put("homeLot", Api.square(1.52, 42.50, 0.001));

        long id = given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(201)
                .body("plate", equalTo(plate))
                .body("plateColor", equalTo(5))
                .body("status", equalTo("AVAILABLE"))
                .body("homeLot.type", equalTo("Polygon"))
                .body("homeLot.coordinates[0][2][0]", equalTo(1.521f))
                .extract().jsonPath().getLong("id");

        given().queryParam("org", city).get("/api/vehicles")
                .then().statusCode(200).body("id", hasItem((int) id));
        long otherCity = Api.organisation(null, "CITY_BUREAU");
        given().queryParam("org", otherCity).get("/api/vehicles")
                .then().statusCode(200).body("id", not(hasItem((int) id)));
    }

    @Test
    void namesEachRuleABadVehicleBreaks() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        var body = Api.vehicleBody(unit, "AB12345");
        body.put("energy", "NEW_ENERGY");
        given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("plate", "batteryRangeKm"));

        var badLot = Api.vehicleBody(unit, Api.uniquePlate());
        badLot.put("homeLot", Map.of("type", "Polygon", "coordinates", java.util.List.of(java.util.List.of(
                java.util.List.of(1.5, 42.5), java.util.List.of(1.6, 42.5), java.util.List.of(1.5, 42.5)))));
        given().contentType(ContentType.JSON).body(badLot).post("/api/vehicles")
                .then().statusCode(400).body("violations.field", contains("homeLot.coordinates[0]"));

        var noOrg = Api.vehicleBody(999_999_999L, Api.uniquePlate());
        given().contentType(ContentType.JSON).body(noOrg).post("/api/vehicles")
                .then().statusCode(400).body("violations.field", contains("orgId"));
    }

    @Test
    void aPlateIsRegisteredOnceWhateverItsSeparators() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        String plate = Api.uniquePlate();
        Api.vehicle(unit, plate);
        given().contentType(ContentType.JSON).body(Api.vehicleBody(unit, plate.replace("·", " ")))
                .post("/api/vehicles")
                .then().statusCode(409).body("violations.field", contains("plate"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        String plate = Api.uniquePlate();
        long id = Api.vehicle(unit, plate);

        var first = Api.vehicleBody(unit, plate);
        first.put("status", "MAINTENANCE");
        first.put("version", 0);
        given().contentType(ContentType.JSON).body(first).put("/api/vehicles/" + id)
                .then().statusCode(200).body("status", equalTo("MAINTENANCE")).body("version", equalTo(1));

        var second = Api.vehicleBody(unit, plate);
        second.put("seats", 7);
        second.put("version", 0);
        given().contentType(ContentType.JSON).body(second).put("/api/vehicles/" + id)
                .then().statusCode(409).body("detail", containsString("changed by someone else"));
        given().get("/api/vehicles/" + id).then().body("seats", equalTo(5));
    }
}
