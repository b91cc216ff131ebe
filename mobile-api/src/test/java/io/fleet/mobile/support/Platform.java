package io.fleet.mobile.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * What the tests need on dispatch-service, made through its REST API like any client: organisations, cars,
 * drivers, accounts, and the dispatcher's assignment (the dispatcher works in the console, not on a phone).
 */
public final class Platform {

    public static final String PASSWORD = "correct horse battery";

    private Platform() {
    }

    /** dispatch-service as the test operator (every role, every organisation), the way the console signs in. */
    public static RequestSpecification dispatch() {
        return given().baseUri(LocalPlatform.dispatchUrl).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + OperatorToken.get());
    }

    /** The test operator's dispatch-service token, for clients other than RestAssured. */
    public static String operatorToken() {
        return OperatorToken.get();
    }

    public static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long organisation(Long parent, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", unique("O"), "name", "测试单位", "kind", kind));
        body.put("parentId", parent);
        return dispatch().body(body).post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long vehicle(long org) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder plate = new StringBuilder("浙A·");
        for (int i = 0; i < 5; i++) {
            plate.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return dispatch().body(Map.of("orgId", org, "plate", plate.toString(), "kind", "SEDAN", "seats", 5,
                "energy", "FUEL", "pool", "GENERAL")).post("/api/vehicles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long driver(long org, String name) {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return dispatch().body(Map.of("orgId", org, "name", name, "phone", phone, "licenceClass", "C1"))
                .post("/api/drivers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates an account and answers its username. */
    public static String account(String role, String displayName, Long org, Long driverId) {
        String username = unique(role.toLowerCase());
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", displayName, "role", role,
                "password", PASSWORD));
        body.put("orgId", org);
        body.put("driverId", driverId);
        dispatch().body(body).post("/api/accounts").then().statusCode(201);
        return username;
    }

    public static JsonPath trip(long id) {
        return dispatch().get("/api/trip-requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The dispatcher assigns a car and a driver. */
    public static JsonPath assign(long id, long vehicle, long driver) {
        return dispatch().body(Map.of("actor", "张调度", "version", trip(id).getInt("version"), "vehicleId", vehicle,
                "driverId", driver, "confirmBreaks", true)).post("/api/trip-requests/" + id + "/assign")
                .then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> requestBody(String pickupAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "GENERAL");
        body.put("passengers", 2);
        body.put("pickupPlace", "市民中心");
        body.put("pickupLon", 7.4200);
        body.put("pickupLat", 43.7370);
        body.put("windowStart", pickupAt);
        body.put("windowEnd", java.time.OffsetDateTime.parse(pickupAt).plusHours(2).toString());
        body.put("destinations", List.of(Map.of("name", "会展中心", "lon", 7.4260, "lat", 43.7400)));
        return body;
    }
}
