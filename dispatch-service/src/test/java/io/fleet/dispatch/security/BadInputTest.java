package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Oversized and malformed requests: each refused with a problem document that says what was wrong, never a crash. */
@QuarkusTest
class BadInputTest {

    @TestHTTPResource("/")
    URI base;

    /** Three megabytes of JSON: over the 2 MB limit of any request body. */
    private static String oversized() {
        char[] filler = new char[3 * 1024 * 1024];
        Arrays.fill(filler, 'x');
        return "{\"plate\":\"" + new String(filler) + "\"}";
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() {
        given().contentType(ContentType.JSON).body(oversized()).post("/api/vehicles").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:fleet:problem:too-large"))
                .body("status", equalTo(413));
        // without a sign-in too: the size is refused before anything else
        given().header("Authorization", "").contentType(ContentType.JSON).body(oversized())
                .post("/api/auth/sign-in").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        byte[] body = oversized().getBytes();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/vehicles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + SignedIn.token())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the server may close the connection while the client is still sending: the body was not taken, and
            // the service goes on answering
            given().get("/q/health/live").then().statusCode(200);
            return;
        }
        // Quarkus itself answers a chunked body the moment it passes the limit (413, no document, connection closed)
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void malformedJsonIs400NamingTheProblem() {
        given().contentType(ContentType.JSON).body("{\"plate\": \"浙A·12345\", ").post("/api/vehicles").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:fleet:problem:validation")).body("violations.field", hasItem("body"))
                .body("detail", org.hamcrest.Matchers.containsString("end-of-input"));
        given().contentType(ContentType.JSON).body("[1, 2, 3]").post("/api/vehicles").then()
                .statusCode(400).contentType("application/problem+json");
        long org = Api.organisation(null, "CITY_BUREAU");
        var body = Api.vehicleBody(org, Api.uniquePlate());
        body.put("seats", "many");
        given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("seats"));
        given().contentType(ContentType.JSON).body("").post("/api/auth/sign-in").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownEnumValueIs400NamingTheField() {
        long org = Api.organisation(null, "CITY_BUREAU");
        var body = Api.vehicleBody(org, Api.uniquePlate());
        body.put("energy", "STEAM");
        given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("energy"));
    }
}
