package io.fleet.dispatch.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The administrators' side: the calendar, inherited settings, fence import, duties and sealing, refusals. */
@QuarkusTest
class SupervisionAdminApiTest {

    @Test
    void theCalendarIsPrefilledAndEditableWithVersions() {
        // other tests of the run may add days of their own; the pre-filled ones are the migration's
        JsonPath year = given().queryParam("year", 2026).get("/api/supervision/calendar").then().statusCode(200)
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(year.getList("findAll { it.kind == 'HOLIDAY' && it.updatedBy == 'migration V31' }.day")).hasSize(33)
                .contains("2026-02-15", "2026-10-07");
        org.assertj.core.api.Assertions.assertThat(year.getList("findAll { it.kind == 'WORKDAY' && it.updatedBy == 'migration V31' }.day"))
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        given().queryParam("year", 2027).get("/api/supervision/calendar").then().statusCode(200)
                .body("provisional", org.hamcrest.Matchers.everyItem(equalTo(true)));
        given().get("/api/supervision/calendar/2026-10-10").then().body("workingDay", equalTo(true))
                .body("is", equalTo("国庆节调休上班"));
        given().get("/api/supervision/calendar/2026-10-11").then().body("workingDay", equalTo(false));

        Map<String, Object> change = Map.of("kind", "WORKDAY", "name", "春节调休上班", "actor", "管理员",
                "provisional", false, "source", "国务院办公厅 2027 notice");
        given().contentType(ContentType.JSON).body(change).put("/api/supervision/calendar/2027-02-07").then()
                .statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body(new java.util.HashMap<>(Map.of("kind", "WORKDAY", "name", "x",
                "actor", "管理员", "version", 3))).put("/api/supervision/calendar/2027-02-07").then().statusCode(409);
        java.util.Map<String, Object> right = new java.util.HashMap<>(change);
        right.put("version", 0);
        given().contentType(ContentType.JSON).body(right).put("/api/supervision/calendar/2027-02-07").then()
                .statusCode(200).body("version", equalTo(1)).body("workingDay", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("kind", "DAY_OFF", "name", "x", "actor", "a"))
                .put("/api/supervision/calendar/2027-03-01").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "HOLIDAY", "name", "x", "actor", "a"))
                .put("/api/supervision/calendar/2027-13-01").then().statusCode(400)
                .body("violations[0].field", equalTo("day"));
    }

    @Test
    void settingsAreInheritedAndTheNearestWins() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long unit = Api.organisation(district, "UNIT");
        given().get("/api/supervision/settings/" + unit).then().statusCode(200)
                .body("find { it.key == 'SPEEDING' }.fromOrgId", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("enabled", false, "actor", "市局"))
                .put("/api/supervision/settings/" + city + "/SPEEDING").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "params", Map.of("minDistanceM", 3000),
                "actor", "区局")).put("/api/supervision/settings/" + district + "/NO_TRIP").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "params", Map.of("start", "09:00",
                "end", "18:00"), "actor", "单位")).put("/api/supervision/settings/" + unit + "/WORKING_HOURS")
                .then().statusCode(200);
        JsonPath effective = given().get("/api/supervision/settings/" + unit).then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(effective.getBoolean("find { it.key == 'SPEEDING' }.enabled")).isFalse();
        org.assertj.core.api.Assertions.assertThat(effective.getLong("find { it.key == 'SPEEDING' }.fromOrgId")).isEqualTo(city);
        org.assertj.core.api.Assertions.assertThat(effective.getInt("find { it.key == 'NO_TRIP' }.params.minDistanceM")).isEqualTo(3000);
        org.assertj.core.api.Assertions.assertThat(effective.getInt("find { it.key == 'NO_TRIP' }.params.toleranceMinutes")).isEqualTo(30);
        org.assertj.core.api.Assertions.assertThat(effective.getString("find { it.key == 'WORKING_HOURS' }.params.start")).isEqualTo("09:00");

        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "actor", "单位"))
                .put("/api/supervision/settings/" + unit + "/SPEEDING").then().statusCode(200);
        given().get("/api/supervision/settings/" + unit).then()
                .body("find { it.key == 'SPEEDING' }.enabled", equalTo(true))
                .body("find { it.key == 'SPEEDING' }.fromOrgId", equalTo((int) unit));
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "actor", "单位"))
                .put("/api/supervision/settings/" + unit + "/SPEEDING").then().statusCode(400)
                .body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "actor", "单位", "version", 7))
                .put("/api/supervision/settings/" + unit + "/SPEEDING").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "params", Map.of("minDistanceM", "far"),
                "actor", "a")).put("/api/supervision/settings/" + city + "/NO_TRIP").then().statusCode(400)
                .body("violations[0].field", equalTo("params.minDistanceM"));
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "actor", "a"))
                .put("/api/supervision/settings/" + city + "/BLINKING").then().statusCode(400)
                .body("violations[0].field", equalTo("key"));
        given().delete("/api/supervision/settings/" + unit + "/SPEEDING?actor=单位&version=0").then().statusCode(200);
        given().get("/api/supervision/settings/" + unit).then()
                .body("find { it.key == 'SPEEDING' }.fromOrgId", equalTo((int) city));
    }

    @Test
    void fencesComeFromGeoJsonAndBadFeaturesAreNamed() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        List<Long> ids = Feed.importFences(unit, "FORBIDDEN",
                Feed.fence(30.25, 120.15, 300, Map.of("name", "某高尔夫球场", "category", "GOLF")),
                Feed.fence(30.26, 120.16, 100, Map.of("name", "某酒店", "category", "HOTEL", "activeFrom", "22:00",
                        "activeTo", "06:00")));
        given().queryParam("org", unit).get("/api/supervision/geofences").then().statusCode(200)
                .body("name", hasItem("某酒店")).body("find { it.name == '某酒店' }.activeFrom", equalTo("22:00:00"))
                .body("find { it.name == '某高尔夫球场' }.geometry.type", equalTo("MultiPolygon"));

        Map<String, Object> bowtie = Map.of("type", "Feature", "properties", Map.of("name", "坏"), "geometry",
                Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(0, 0), List.of(1, 1), List.of(1, 0),
                        List.of(0, 1), List.of(0, 0)))));
        given().contentType(ContentType.JSON).body(Map.of("orgId", unit, "kind", "FORBIDDEN", "actor", "a",
                        "geojson", Map.of("type", "FeatureCollection", "features", List.of(
                                Feed.fence(30.2, 120.1, 100, Map.of("name", "好")), bowtie))))
                .post("/api/supervision/geofences/import").then().statusCode(400)
                .body("violations[0].field", equalTo("geojson.features[1].geometry"));
        given().contentType(ContentType.JSON).body(Map.of("orgId", unit, "kind", "FORBIDDEN", "actor", "a",
                        "geojson", Map.of("type", "FeatureCollection", "features", List.of(
                                Feed.fence(30.2, 120.1, 100, Map.of("category", "GOLF"))))))
                .post("/api/supervision/geofences/import").then().statusCode(400)
                .body("violations[0].field", equalTo("geojson.features[0].properties.name"));
        given().queryParam("org", unit).get("/api/supervision/geofences").then().body("$.size()", equalTo(2));

        given().contentType(ContentType.JSON).body(Map.of("vehicleId", Api.vehicle(unit, Api.uniquePlate()),
                "areaId", ids.get(0), "weekdays", "12345", "start", "08:00", "end", "18:00", "validFrom", "2026-01-01",
                "actor", "a")).post("/api/supervision/duties").then().statusCode(400)
                .body("violations[0].field", equalTo("areaId"));
        given().contentType(ContentType.JSON).body(Map.of("orgId", unit, "startsAt", "2026-10-01T00:00:00+08:00",
                "endsAt", "2026-09-01T00:00:00+08:00", "reason", "国庆封存", "actor", "a"))
                .post("/api/supervision/sealing-periods").then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
        given().delete("/api/supervision/geofences/" + ids.get(1) + "?actor=a&version=0").then().statusCode(200);
        given().delete("/api/supervision/geofences/" + ids.get(1) + "?actor=a&version=0").then().statusCode(409);
    }
}
