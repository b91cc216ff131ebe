package io.fleet.dispatch.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void isReadyWithPostgisAndRedis() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("postgis", "redis"))
                .body("checks.find { it.name == 'postgis' }.data.version", startsWith("3."));
    }

    @Test
    void publishesTheOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/organisations'.post.summary", startsWith("Create an organisation"));
    }
}
