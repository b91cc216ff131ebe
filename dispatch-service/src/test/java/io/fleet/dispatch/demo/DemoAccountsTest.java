package io.fleet.dispatch.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The phone and console sign-ins `bin/fleet up` prints work on the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoEnabled.class)
class DemoAccountsTest {

    @Test
    void demoDriversRequestersAndApproversCanSignIn() {
        given().get("/api/accounts").then().statusCode(200)
                .body("username", hasItems("driver1", "driver5", "requester", "approver", "requester2", "approver2"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "driver1", "password", DemoAccounts.PASSWORD, "deviceId", "demo-test-phone"))
                .post("/api/accounts/sign-in").then().statusCode(200)
                .body("role", equalTo("DRIVER")).body("displayName", equalTo("王师傅"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "approver", "password", DemoAccounts.PASSWORD, "deviceId", "demo-test-phone"))
                .post("/api/accounts/sign-in").then().statusCode(200).body("role", equalTo("APPROVER"));
    }

    @Test
    void demoConsoleAccountsSignInWithTheirRolesAndOrganisations() {
        String[][] expected = {
                {"admin", "ADMINISTRATOR", "杭州市机关事务管理局"}, {"dispatcher", "DISPATCHER", "杭州市机关事务管理局"},
                {"supervisor", "SUPERVISOR", "杭州市机关事务管理局"}, {"handler", "COMPLAINT_HANDLER", "杭州市机关事务管理局"},
                {"dispatcher2", "DISPATCHER", "上城区机关事务管理局"}, {"supervisor2", "SUPERVISOR", "上城区机关事务管理局"}};
        for (String[] e : expected) {
            given().contentType(ContentType.JSON).body(Map.of("username", e[0], "password", DemoAccounts.PASSWORD))
                    .post("/api/auth/sign-in").then().statusCode(200)
                    .body("account.roles", equalTo(java.util.List.of(e[1])))
                    .body("account.organisationName", equalTo(e[2]));
        }
    }
}
