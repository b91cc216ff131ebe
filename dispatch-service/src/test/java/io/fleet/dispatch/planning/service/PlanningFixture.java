package io.fleet.dispatch.planning.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.support.Api;
import io.restassured.http.ContentType;

/** Vehicles, drivers and requests in Monaco (the test map), made through the API. */
final class PlanningFixture {

    static final double[] FONTVIEILLE = {7.4150, 43.7275};
    static final double[] MONACO_VILLE = {7.4197, 43.7311};
    static final double[] CONDAMINE = {7.4210, 43.7357};
    static final double[] CASINO = {7.4278, 43.7396};
    static final double[] LARVOTTO = {7.4365, 43.7453};

    final long bureau;
    final long unit;

    PlanningFixture() {
        bureau = Api.organisation(null, "CITY_BUREAU");
        unit = Api.organisation(bureau, "UNIT");
    }

    long vehicle(long org, String pool, String kind, String energy, double[] home) {
        Map<String, Object> body = Api.vehicleBody(org, Api.uniquePlate());
        body.put("pool", pool);
        body.put("kind", kind);
        body.put("energy", energy);
        if ("NEW_ENERGY".equals(energy)) {
            body.put("batteryRangeKm", 300);
        }
        body.put("homeLot", Api.square(home[0] - 0.0005, home[1] - 0.0005, 0.001));
        return given().contentType(ContentType.JSON).body(body).post("/api/vehicles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    long driver(long org) {
        String phone = "137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return given().contentType(ContentType.JSON)
                .body(Map.of("orgId", org, "name", "驾驶员" + phone.substring(7), "phone", phone, "licenceClass", "B1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A shift from the start of today (or an hour ago, if later) for twelve hours, China Standard Time. */
    void onShiftNow(long driver) {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.ZonedDateTime start = now.minusHours(1);
        if (start.toLocalDate().isBefore(now.toLocalDate())) {
            start = now.toLocalDate().atStartOfDay(now.getZone());
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "SHIFT", "startsAt", start.toOffsetDateTime().toString(),
                        "endsAt", start.plusHours(12).toOffsetDateTime().toString(), "actor", "车队长"))
                .post("/api/drivers/" + driver + "/shifts").then().statusCode(201);
    }

    long request(long org, String category, int passengers, double[] from, double[] to, OffsetDateTime start,
            int windowMinutes, boolean shareable) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("requester", "李科员");
        body.put("category", category);
        body.put("passengers", passengers);
        body.put("pickupPlace", "上车点");
        body.put("pickupLon", from[0]);
        body.put("pickupLat", from[1]);
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plusMinutes(windowMinutes).toString());
        body.put("destinations", List.of(Map.of("name", "目的地", "lon", to[0], "lat", to[1])));
        body.put("shareable", shareable);
        return given().contentType(ContentType.JSON).body(body).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void step(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.putIfAbsent("actor", "王领导");
        body.putIfAbsent("version", given().get("/api/trip-requests/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/trip-requests/" + id + "/" + action)
                .then().statusCode(200);
    }

    long approved(long org, String category, int passengers, double[] from, double[] to, OffsetDateTime start) {
        long id = request(org, category, passengers, from, to, start, 60, false);
        step(id, "approve", Map.of());
        given().get("/api/trip-requests/" + id).then().body("state", equalTo("APPROVED"));
        return id;
    }
}
