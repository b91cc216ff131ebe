package io.fleet.dispatch.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    /** Codes are unique; each test makes its own so tests do not depend on each other's order. */
    private static String code(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long create(Long parentId, String code, String name, String kind) {
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", name, "kind", kind));
        body.put("parentId", parentId);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organisations/"))
                .body("code", equalTo(code))
                .body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void buildsTheTreeAndListsASubtree() {
        String city = code("C");
        long cityId = create(null, city, "杭州市机关事务管理局", "CITY_BUREAU");
        String district = code("D");
        long districtId = create(cityId, district, "西湖区机关事务管理局", "DISTRICT_BUREAU");
        String unit = code("U");
        create(districtId, unit, "西湖区综合行政执法局", "UNIT");
        String otherUnit = code("U");
        create(cityId, otherUnit, "杭州市应急管理局", "UNIT");

        given().queryParam("under", districtId)
                .when().get("/api/organisations")
                .then().statusCode(200)
                .body("code", contains(district, unit));

        given().when().get("/api/organisations")
                .then().statusCode(200)
                .body("code", hasItem(otherUnit))
                .body("find { it.code == '%s' }.name".formatted(unit), equalTo("西湖区综合行政执法局"));
    }

    @Test
    void refusesADistrictBureauUnderAUnit() {
        long cityId = create(null, code("C"), "市局", "CITY_BUREAU");
        long unitId = create(cityId, code("U"), "单位", "UNIT");

        given().contentType(ContentType.JSON)
                .body(Map.of("parentId", unitId, "code", code("D"), "name", "区局", "kind", "DISTRICT_BUREAU"))
                .when().post("/api/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("parentId"));
    }

    @Test
    void namesEveryInvalidField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", " "))
                .when().post("/api/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("code", "kind", "name"));
    }

    @Test
    void namesTheFieldOfAnUnreadableValue() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"C-1\",\"name\":\"n\",\"kind\":\"VILLAGE\"}")
                .when().post("/api/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("kind"));
    }

    @Test
    void refusesADuplicateCode() {
        String city = code("C");
        create(null, city, "市局", "CITY_BUREAU");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", city, "name", "又一个", "kind", "CITY_BUREAU"))
                .when().post("/api/organisations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(city));
    }

    @Test
    void answersNotFoundAsAProblem() {
        given().when().get("/api/organisations/999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }
}
