package io.fleet.dispatch.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The routing API on the test profile's Monaco extract. */
@QuarkusTest
class RouteResourceTest {

    static final Map<String, Double> A = point(43.730729, 7.42135);
    static final Map<String, Double> B = point(43.728677, 7.41016);
    static final Map<String, Double> C = point(43.739213, 7.4277);
    static final Map<String, Double> PARIS = point(48.8566, 2.3522);

    @Test
    void routeReturnsDistanceTimeAndAGeoJsonLine() {
        given().contentType(ContentType.JSON).body(Map.of("from", A, "to", B, "profile", "minibus"))
                .post("/api/routes")
                .then().statusCode(200)
                .body("profile", equalTo("minibus"))
                .body("distanceMeters", greaterThan(500f))
                .body("timeSeconds", greaterThan(30f))
                .body("geometry.type", equalTo("LineString"))
                .body("geometry.coordinates.size()", greaterThan(5))
                .body("geometry.coordinates[0]", hasSize(2));
    }

    @Test
    void aPointOffTheMapIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("from", PARIS, "to", B))
                .post("/api/routes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("from"))
                .body("violations[0].message", startsWith("48.856600,2.352200 is not within"));
    }

    @Test
    void malformedPointsAndUnknownProfilesAre400s() {
        given().contentType(ContentType.JSON).body(Map.of("from", point(91, 7.4), "to", B))
                .post("/api/routes")
                .then().statusCode(400).body("violations.field", contains("from.lat"));
        given().contentType(ContentType.JSON).body(Map.of("from", A, "to", B, "profile", "tank"))
                .post("/api/routes")
                .then().statusCode(400).body("violations.field", contains("profile"));
        given().contentType(ContentType.JSON).body(Map.of("from", A))
                .post("/api/routes")
                .then().statusCode(400).body("violations.field", contains("to"));
    }

    @Test
    void matrixAnswersEveryPairAndNamesTheBadOrigin() {
        given().contentType(ContentType.JSON).body(Map.of("origins", List.of(A, B), "destinations", List.of(A, B, C)))
                .post("/api/routes/matrix")
                .then().statusCode(200)
                .body("profile", equalTo("car"))
                .body("seconds", hasSize(2))
                .body("seconds[0]", hasSize(3))
                .body("seconds[0][0]", equalTo(0f))
                .body("metres[1][2]", greaterThan(1000f));

        given().contentType(ContentType.JSON).body(Map.of("origins", List.of(A, B, C, PARIS), "destinations", List.of(A)))
                .post("/api/routes/matrix")
                .then().statusCode(400).body("violations.field", contains("origins[3]"));
        given().contentType(ContentType.JSON).body(Map.of("origins", List.of(), "destinations", List.of(A)))
                .post("/api/routes/matrix")
                .then().statusCode(400).body("violations.field", contains("origins"));
    }

    @Test
    void snapReturnsTheRoadPosition() {
        given().contentType(ContentType.JSON).body(Map.of("point", point(43.7355, 7.4210)))
                .post("/api/routes/snap")
                .then().statusCode(200)
                .body("road.lat", notNullValue())
                .body("distanceMeters", greaterThan(0f));
    }

    @Test
    void matchTakesAGeoJsonLineStringOrTimestampedPoints() {
        Map<String, Object> line = Map.of("type", "LineString", "coordinates", List.of(
                List.of(7.41016, 43.728677), List.of(7.4150, 43.7310), List.of(7.4210, 43.7350), List.of(7.4277, 43.739213)));
        given().contentType(ContentType.JSON).body(Map.of("track", line))
                .post("/api/routes/match")
                .then().statusCode(200)
                .body("geometry.type", equalTo("LineString"))
                .body("distanceMeters", greaterThan(1000f))
                .body("trackMeters", greaterThan(1000f));

        List<Map<String, Object>> points = List.of(
                Map.of("lat", 43.739213, "lon", 7.4277, "time", "2026-01-01T08:03:00Z"),
                Map.of("lat", 43.728677, "lon", 7.41016, "time", "2026-01-01T08:00:00Z"),
                Map.of("lat", 43.7350, "lon", 7.4210, "time", "2026-01-01T08:02:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("points", points))
                .post("/api/routes/match")
                .then().statusCode(200)
                // put in time order: the match starts at the 08:00 fix in Fontvieille, not at the first one sent
                .body("geometry.coordinates[0][1]", allOf(greaterThan(43.7267f), lessThan(43.7307f)));

        given().contentType(ContentType.JSON).body(Map.of("track", Map.of("type", "LineString",
                        "coordinates", List.of(List.of(7.41016, 43.728677), List.of(2.35, 48.85)))))
                .post("/api/routes/match")
                .then().statusCode(400).body("violations.field", contains("track.coordinates[1]"));
        given().contentType(ContentType.JSON).body(Map.of("profile", "car"))
                .post("/api/routes/match")
                .then().statusCode(400).body("violations.field", contains("points"));
    }

    @Test
    void routingIsPartOfReadiness() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'routing' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'routing' }.data.extract", equalTo("monaco.osm.gz"));
    }

    static Map<String, Double> point(double lat, double lon) {
        return Map.of("lat", lat, "lon", lon);
    }
}
