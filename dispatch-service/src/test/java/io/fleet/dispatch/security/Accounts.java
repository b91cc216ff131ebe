package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.support.Api;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Real accounts for the security tests: made through the API, signed in through /api/auth/sign-in. */
final class Accounts {

    static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /** Creates an account with these roles (the first is the primary one) in {@code org}; answers its username. */
    static String make(long org, String... roles) {
        String username = Api.unique(roles[0].toLowerCase());
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "测试" + roles[0],
                "role", roles[0], "orgId", org, "password", PASSWORD, "roles", List.of(roles)));
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(201);
        return username;
    }

    static String signIn(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
    }

    /** A request as this token's holder (the test operator's default token is then not added). */
    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A request without any sign-in. */
    static RequestSpecification anonymous() {
        return given().header("Authorization", "");
    }
}
