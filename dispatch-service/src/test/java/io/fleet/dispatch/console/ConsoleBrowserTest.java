package io.fleet.dispatch.console;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.fleet.dispatch.support.BrowserScenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The console in a real browser against the real service: health, organisations, language, nothing fetched from outside. */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void homeShowsHealthAndTheOrganisationTreeInChineseThenEnglish() throws Exception {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "浙江省测试市机关事务管理局", "kind", "CITY_BUREAU"));
        given().contentType(ContentType.JSON).body(body).post("/api/organisations").then().statusCode(201);

        BrowserScenario.run("console-home", root.toString(), code);
    }
}
