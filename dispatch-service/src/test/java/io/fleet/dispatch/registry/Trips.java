package io.fleet.dispatch.registry;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.track.TrackFixtures;
import io.restassured.http.ContentType;

/** Trip orders run through the trip API, for registry tests that need a car used or held by a trip. */
final class Trips {

    private Trips() {
    }

    /** A trip approved and assigned to the car (not started): it holds the car. Returns its id. */
    static long assigned(long unit, long car) {
        OffsetDateTime start = OffsetDateTime.now().plusHours(1);
        Map<String, Object> body = new HashMap<>(Map.of("orgId", unit, "requester", "李科员", "category", "GENERAL",
                "passengers", 1, "pickupPlace", "市民中心", "pickupLon", 120.2, "pickupLat", 30.25));
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plusHours(2).toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 120.15, "lat", 30.24)));
        long trip = given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long driver = given().contentType(ContentType.JSON)
                .body(Map.of("orgId", unit, "name", "王师傅", "phone", TrackFixtures.randomPhone(), "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
        step(trip, "approve", Map.of("actor", "赵处长"));
        step(trip, "assign", Map.of("actor", "张调度", "vehicleId", car, "driverId", driver, "confirmBreaks", true));
        return trip;
    }

    /** A trip driven from the phone with odometer readings at the start and at completion. */
    static long drivenWithReadings(long unit, long car, int startKm, int endKm) {
        long trip = assigned(unit, car);
        step(trip, "accept", Map.of("actor", "王师傅"));
        step(trip, "start", Map.of("actor", "王师傅", "odometerKm", startKm));
        step(trip, "complete", Map.of("actor", "王师傅", "odometerKm", endKm));
        return trip;
    }

    private static void step(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(200);
    }
}
