package io.fleet.dispatch.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A citizen files a complaint through the public form in a real browser; staff then see it with its photo. */
@QuarkusTest
class ComplaintFormBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aComplaintFiledThroughTheFormReachesTheCaseList() throws Exception {
        String plate = Api.uniquePlate();
        String description = Api.unique("公车停在商场门口");
        BrowserScenario.run("complaint-form", root.toString(), plate, description);

        long id = Long.parseLong(Files.readString(Path.of("target/e2e/complaint-form-id.txt")).strip());
        JsonPath c = given().get("/api/complaints/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("channel")).isEqualTo("QR");
        assertThat(c.getString("plate")).isEqualTo(plate);
        assertThat(c.getString("description")).isEqualTo(description);
        assertThat(c.getString("placeText")).isEqualTo("武林广场东侧");
        assertThat(c.getDouble("lat")).isCloseTo(30.274085, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(c.getBoolean("photo")).isTrue();
        assertThat(c.getString("state")).isEqualTo("RECEIVED");
    }
}
