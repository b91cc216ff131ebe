package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Password spraying (one address trying many accounts, each below its own lock-out) meets the limit per address; and
 * the city identity sign-in is closed where it is not configured.
 */
@QuarkusTest
class SignInAbuseTest {

    private static Response signIn(String address, String username, String password) {
        return given().header("Authorization", "").header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/sign-in");
    }

    @Test
    void oneAddressSprayingPasswordsAcrossAccountsIsStoppedWith429() {
        long city = Api.organisation(null, "CITY_BUREAU");
        String victim = Accounts.make(city, "ADMINISTRATOR");
        String sprayer = "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            // a different account each time, so no account comes near its own lock-out
            signIn(sprayer, "user-" + i + "-" + UUID.randomUUID(), "Spring2026!").then().statusCode(401);
        }
        Response refused = signIn(sprayer, victim, Accounts.PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:fleet:problem:rate-limited"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);

        // the account itself is not locked, and other addresses are not held up
        signIn("203.0.113.9-" + UUID.randomUUID(), victim, Accounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void successfulSignInsFromOneAddressAreNotCounted() {
        long city = Api.organisation(null, "CITY_BUREAU");
        String office = "192.0.2.1-" + UUID.randomUUID();
        for (int i = 0; i < 21; i++) {
            signIn(office, Accounts.make(city, "REQUESTER"), Accounts.PASSWORD).then().statusCode(200);
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void theSignInScreenOffersNoCityIdentityWhereItIsNotConfigured() throws Exception {
        BrowserScenario.runSignedOut("console-sign-in-city", base.toString(), "off");
    }

    @Test
    void theCityIdentitySignInIsClosedWhereItIsNotConfigured() {
        given().header("Authorization", "").get("/api/auth/options").then().statusCode(200)
                .body("password", equalTo(true)).body("oidc", equalTo(false));
        given().header("Authorization", "").redirects().follow(false).get("/api/auth/oidc/start").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:fleet:problem:oidc-off"));
        given().header("Authorization", "").get("/api/auth/oidc/callback?code=x&state=y").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
