package io.fleet.dispatch.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The web-console module's build is served from this service's root. */
@QuarkusTest
class ConsoleServedTest {

    @Test
    void servesTheConsoleAtTheRoot() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\">"))
                .body(containsString("/assets/index-"));
    }
}
