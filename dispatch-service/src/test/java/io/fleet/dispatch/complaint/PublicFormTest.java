package io.fleet.dispatch.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The public form's guards over HTTP: fill time, honeypot, forged tokens, rate limit, photo checks, bad fields. */
@QuarkusTest
class PublicFormTest {

    private static final String UTF8 = "text/plain; charset=UTF-8";

    private static String token() {
        String page = given().get("/complaint").then().statusCode(200).contentType(ContentType.HTML)
                .header("Cache-Control", "no-store").body(containsString("公务用车投诉")).extract().asString();
        return page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
    }

    private static RequestSpecification form(String client, String token) {
        String seen = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).withSecond(0).withNano(0).toString();
        return given().config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .header("X-Forwarded-For", client).multiPart("plate", "浙A·D98??", UTF8).multiPart("seenAt", seen, UTF8)
                .multiPart("lon", "120.15", UTF8).multiPart("lat", "30.27", UTF8).multiPart("description", "公车停在商场门口", UTF8)
                .multiPart("website", "", UTF8).multiPart("token", token, UTF8);
    }

    private static String client() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + Api.unique("t");
    }

    @Test
    void aFormSentTooQuicklyOrWithTheHoneypotFilledOrAForgedTokenIsRefused() throws Exception {
        String token = token();
        form(client(), token).post("/complaint").then().statusCode(400).body("violations.field", contains("token"))
                .body("detail", containsString("too quickly"));
        Thread.sleep(1_100);
        given().config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .multiPart("plate", "D987", UTF8).multiPart("website", "http://spam.example", UTF8).multiPart("token", token, UTF8)
                .post("/complaint").then().statusCode(400).body("violations.field", contains("website"));
        String forged = token.substring(0, token.indexOf('.')) + ".AAAA";
        form(client(), forged).post("/complaint").then().statusCode(400).body("violations.field", contains("token"));
        form(client(), token).post("/complaint").then().statusCode(201).body("id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void oneAddressMaySendFiveAnHour() throws Exception {
        String token = token();
        Thread.sleep(1_100);
        String client = client();
        for (int i = 0; i < 5; i++) {
            form(client, token).post("/complaint").then().statusCode(201);
        }
        form(client, token).post("/complaint").then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429));
        form(client(), token).post("/complaint").then().statusCode(201); // another address is not affected
    }

    @Test
    void photosAreCheckedAndBadFieldsNamed() throws Exception {
        String token = token();
        Thread.sleep(1_100);
        long id = form(client(), token).multiPart("photo", "car.png", ComplaintWorkflowTest.PNG, "image/png")
                .post("/complaint").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/complaints/" + id).then().body("photo", equalTo(true)).body("channel", equalTo("WEB"))
                .body("plate", equalTo("浙A·D98??"));
        form(client(), token).multiPart("photo", "car.jpg", "<script>".getBytes(), "image/jpeg").post("/complaint")
                .then().statusCode(400).body("violations.field", contains("photo"));
        byte[] big = new byte[1_048_577];
        System.arraycopy(ComplaintWorkflowTest.PNG, 0, big, 0, ComplaintWorkflowTest.PNG.length);
        form(client(), token).multiPart("photo", "big.png", big, "image/png").post("/complaint")
                .then().statusCode(400).body("violations.field", contains("photo"));

        given().config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .header("X-Forwarded-For", client()).multiPart("plate", "D9", UTF8).multiPart("seenAt", "soon", UTF8)
                .multiPart("lon", "east", UTF8).multiPart("lat", "30.2", UTF8).multiPart("description", "x", UTF8).multiPart("token", token, UTF8)
                .post("/complaint").then().statusCode(400).body("violations.field", contains("lon", "seenAt"));
        assertThat(token).contains(".");
    }
}
