package io.fleet.dispatch.security;

import static io.fleet.dispatch.security.Accounts.anonymous;
import static io.fleet.dispatch.security.Accounts.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Console sign-in per the security contract: token and cookie, sign-out, lock-out, and every way a token is bad. */
@QuarkusTest
class SignInTest {

    @Inject
    Tokens tokens;

    private long city;
    private String dispatcher;

    @BeforeEach
    void accounts() {
        city = Api.organisation(null, "CITY_BUREAU");
        dispatcher = Accounts.make(city, "DISPATCHER", "SUPERVISOR");
    }

    @Test
    void signInAnswersTheTokenAndTheAccountAndSetsTheSessionCookie() {
        Response r = given().contentType(ContentType.JSON)
                .body(Map.of("username", dispatcher, "password", Accounts.PASSWORD)).post("/api/auth/sign-in");
        r.then().statusCode(200).body("token", notNullValue()).body("expiresAt", notNullValue())
                .body("account.username", equalTo(dispatcher)).body("account.id", notNullValue())
                .body("account.displayName", equalTo("测试DISPATCHER"))
                .body("account.roles", containsInAnyOrder("DISPATCHER", "SUPERVISOR"))
                .body("account.organisationId", equalTo((int) city))
                .body("account.organisationName", equalTo("测试单位"));
        String cookie = r.header("Set-Cookie");
        String token = r.jsonPath().getString("token");
        assertThat(cookie).startsWith("fleet_session=" + token + ";").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/");
        Instant expires = Instant.parse(r.jsonPath().getString("expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(7), Duration.ofHours(8));

        // the bearer header and the cookie alone both work
        as(token).get("/api/auth/me").then().statusCode(200).body("username", equalTo(dispatcher))
                .body("organisationId", equalTo((int) city));
        given().cookie("fleet_session", token).get("/api/auth/me").then().statusCode(200)
                .body("username", equalTo(dispatcher));
        given().cookie("fleet_session", token).get("/api/vehicles").then().statusCode(200);
    }

    @Test
    void signOutRevokesTheTokenAndClearsTheCookie() {
        String token = Accounts.signIn(dispatcher);
        as(token).get("/api/auth/me").then().statusCode(200);
        Response out = as(token).post("/api/auth/sign-out");
        out.then().statusCode(204);
        assertThat(out.header("Set-Cookie")).startsWith("fleet_session=;").contains("Max-Age=0");
        as(token).get("/api/auth/me").then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("signed out; sign in again"));
        given().cookie("fleet_session", token).get("/api/vehicles").then().statusCode(401);
        // another sign-in of the same account is unaffected
        as(Accounts.signIn(dispatcher)).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void wrongPasswordsAre401AndTheFifthLocksTheAccount() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", dispatcher, "password", "wrong " + i))
                    .post("/api/auth/sign-in").then().statusCode(401).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("username", dispatcher, "password", Accounts.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(423).contentType("application/problem+json")
                .body("type", equalTo("urn:fleet:problem:locked"));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-" + dispatcher, "password", "x"))
                .post("/api/auth/sign-in").then().statusCode(401).body("detail", equalTo("wrong username or password"));
        given().contentType(ContentType.JSON).body(Map.of("username", dispatcher))
                .post("/api/auth/sign-in").then().statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void missingTamperedForeignAndExpiredTokensAre401() throws Exception {
        anonymous().get("/api/vehicles").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("detail", equalTo("sign in first"));
        anonymous().get("/api/not-an-endpoint").then().statusCode(401);

        String token = Accounts.signIn(dispatcher);
        String[] parts = token.split("\\.");
        // the same signature over claims that say ADMINISTRATOR at the root
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"DISPATCHER\"", "\"ADMINISTRATOR\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];
        as(tampered).get("/api/accounts").then().statusCode(401);
        as(token.substring(0, token.length() - 4) + "AAAA").get("/api/vehicles").then().statusCode(401);
        as("not-a-jwt").get("/api/vehicles").then().statusCode(401);

        // signed by another key, and "signed" with a shared secret (algorithm confusion): both refused
        var otherKeys = KeyPairGenerator.getInstance("RSA");
        otherKeys.initialize(2048);
        as(sign(otherKeys.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, 3600))
                .get("/api/vehicles").then().statusCode(401);
        as(sign(new HmacKey(new byte[32]), AlgorithmIdentifiers.HMAC_SHA256, 3600)).get("/api/vehicles").then()
                .statusCode(401);

        // the service's own key, but expired an hour ago
        String expired = tokens.issue(new Caller(1, dispatcher, "x", EnumSet.of(AccountRole.DISPATCHER), city,
                "/" + city + "/", null, Tokens.newTokenId(), Instant.now().minus(Duration.ofHours(1)), Tokens.ISSUER));
        as(expired).get("/api/vehicles").then().statusCode(401);
    }

    @Test
    void aRoleTheMatrixDoesNotListIs403AndUnknownEndpointsAreClosed() {
        String token = Accounts.signIn(dispatcher);
        as(token).contentType(ContentType.JSON).body(Map.of("code", Api.unique("O"), "name", "x", "kind", "UNIT"))
                .post("/api/organisations").then().statusCode(403).contentType("application/problem+json");
        as(token).get("/api/not-an-endpoint").then().statusCode(403);
        as(token).get("/api/accounts").then().statusCode(403);
    }

    @Test
    void publicPartsNeedNoSignIn() {
        anonymous().get("/api/map/info").then().statusCode(200);
        anonymous().get("/q/health/live").then().statusCode(200);
        anonymous().get("/complaint").then().statusCode(200);
        anonymous().get("/").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
    }

    private static String sign(java.security.Key key, String algorithm, long seconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(Tokens.ISSUER);
        claims.setSubject("1");
        claims.setJwtId(Tokens.newTokenId());
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + seconds));
        claims.setStringListClaim("groups", "ADMINISTRATOR");
        claims.setClaim("orgId", 1);
        claims.setClaim("orgPath", "/");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }
}
