package io.fleet.dispatch.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.util.HashMap;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password sign-in from a phone: lock-out after five wrong passwords, binding to the first phone, release. */
@QuarkusTest
class AccountTest {

    private long unit;
    private String username;
    private long id;

    @BeforeEach
    void anAccount() {
        unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        username = Api.unique("req");
        id = given().contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "张科员",
                        "role", "REQUESTER", "orgId", unit, "password", "correct horse battery"))
                .post("/api/accounts").then().statusCode(201).body("$", not(hasKey("passwordHash")))
                .extract().jsonPath().getLong("id");
    }

    private io.restassured.response.ValidatableResponse signIn(String password, String device) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "deviceId", device))
                .post("/api/accounts/sign-in").then();
    }

    @Test
    void theRightPasswordSignsInAndBindsThePhone() {
        signIn("correct horse battery", "phone-AAAA").statusCode(200).body("id", equalTo((int) id))
                .body("role", equalTo("REQUESTER")).body("deviceBound", equalTo(true));
        signIn("correct horse battery", "phone-BBBB").statusCode(403)
                .body("type", equalTo("urn:fleet:problem:other-device"));
        given().post("/api/accounts/" + id + "/release-device").then().statusCode(200).body("deviceBound", equalTo(false));
        signIn("correct horse battery", "phone-BBBB").statusCode(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int i = 0; i < 5; i++) {
            signIn("wrong password " + i, "phone-AAAA").statusCode(401).body("detail", equalTo("wrong username or password"));
        }
        signIn("correct horse battery", "phone-AAAA").statusCode(423).body("type", equalTo("urn:fleet:problem:locked"));
        given().get("/api/accounts/" + id).then().body("locked", equalTo(true));
        given().post("/api/accounts/" + id + "/release-device").then().statusCode(200);
        signIn("correct horse battery", "phone-AAAA").statusCode(200);
    }

    @Test
    void anUnknownNameIsRefusedLikeAWrongPassword() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + username, "password", "whatever12", "deviceId", "phone-AAAA"))
                .post("/api/accounts/sign-in").then().statusCode(401).body("detail", equalTo("wrong username or password"));
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "x", "role", "REQUESTER",
                "orgId", unit, "password", "correct horse battery"));
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(409)
                .body("violations[0].field", equalTo("username"));
        body.put("username", Api.unique("d"));
        body.put("role", "DRIVER");
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("driverId"));
        body.put("role", "REQUESTER");
        body.put("password", "short");
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("password"));
    }
}
