package io.fleet.dispatch.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Registry requests made and decided through the API, for tests that need a car re-plated or disposed of. */
public final class RegistryApi {

    private RegistryApi() {
    }

    public static JsonPath submit(Map<String, Object> body) {
        Map<String, Object> full = new HashMap<>(body);
        full.putIfAbsent("reason", "测试");
        full.putIfAbsent("actor", "单位管理员");
        return given().contentType(ContentType.JSON).body(full).post("/api/registry/requests")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Approved by someone of the approving organisation the request names. */
    public static JsonPath approve(long requestId) {
        JsonPath r = given().get("/api/registry/requests/" + requestId).then().statusCode(200).extract().jsonPath();
        return given().contentType(ContentType.JSON)
                .body(Map.of("actor", "局长", "actorOrgId", r.getLong("approverOrgId"), "version", r.getInt("version"),
                        "reason", "同意"))
                .post("/api/registry/requests/" + requestId + "/approve").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath replate(long vehicleId, String newPlate) {
        return approve(submit(Map.of("kind", "PLATE_CHANGE", "vehicleId", vehicleId, "newPlate", newPlate)).getLong("id"));
    }

    public static JsonPath dispose(long vehicleId, String method) {
        return approve(submit(Map.of("kind", "DISPOSAL", "vehicleId", vehicleId, "disposalMethod", method)).getLong("id"));
    }
}
