package io.fleet.dispatch.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Builders for records tests need, made through the public API like any client would. */
public final class Api {

    private Api() {
    }

    public static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long organisation(Long parentId, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", unique("O"), "name", "测试单位", "kind", kind));
        body.put("parentId", parentId);
        return given().contentType(ContentType.JSON).body(body).post("/api/organisations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A plate no other test uses: 浙A + 5 characters drawn at random (no I or O). */
    public static String uniquePlate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder plate = new StringBuilder("浙A·");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 5; i++) {
            plate.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return plate.toString();
    }

    public static Map<String, Object> vehicleBody(long orgId, String plate) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("plate", plate);
        body.put("kind", "SEDAN");
        body.put("seats", 5);
        body.put("energy", "FUEL");
        body.put("pool", "GENERAL");
        return body;
    }

    public static long vehicle(long orgId, String plate) {
        return given().contentType(ContentType.JSON).body(vehicleBody(orgId, plate)).post("/api/vehicles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> square(double lon, double lat, double size) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(lon, lat), List.of(lon + size, lat), List.of(lon + size, lat + size),
                List.of(lon, lat + size), List.of(lon, lat))));
    }
}
