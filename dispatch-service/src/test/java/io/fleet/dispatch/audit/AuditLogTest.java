package io.fleet.dispatch.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.Operators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The audit log: append-only in the database; sign-in, lock-out and sign-out, account and registry changes
 * recorded with who (from the token), from where and before/after; read through GET /api/audit scoped to the
 * caller's subtree, filtered, paged and as CSV.
 */
@QuarkusTest
class AuditLogTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    DataSource dataSource;

    @Test
    void rowsCanBeAddedButNeverChangedOrRemoved() throws SQLException {
        long org = Api.organisation(null, "CITY_BUREAU");
        Api.vehicle(org, Api.uniquePlate());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM audit_log WHERE action = 'VEHICLE_CREATE'")).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET username = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log WHERE action = 'VEHICLE_CREATE'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_log")).hasMessageContaining("append-only");
        }
    }

    @Test
    void signInsLockOutsAndSignOutsAreRecordedWithTheClientAddress() {
        long city = Api.organisation(null, "CITY_BUREAU");
        String username = account(city, "DISPATCHER");
        String from = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", "wrong")).post("/api/auth/sign-in").then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(423);
        JsonPath log = given().get("/api/audit?actor=" + username).then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.action")).hasSize(6).containsOnly("SIGN_IN");
        assertThat(log.getList("items.outcome")).containsExactly("LOCKED", "WRONG_PASSWORD", "WRONG_PASSWORD",
                "WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD");
        // X-Forwarded-For is believed from loopback (mobile-api on the same host); the tests call from loopback
        assertThat(log.getString("items[1].clientAddress")).isEqualTo(from);
        JsonPath lock = given().get("/api/audit?action=LOCK_OUT&resourceType=account").then().extract().jsonPath();
        assertThat(lock.getList("items.username")).contains("system");

        String other = account(city, "SUPERVISOR");
        String token = given().contentType(ContentType.JSON).body(Map.of("username", other, "password", PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
        given().header("Authorization", "Bearer " + token).post("/api/auth/sign-out").then().statusCode(204);
        JsonPath mine = given().get("/api/audit?actor=" + other).then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.action")).containsExactly("SIGN_OUT", "SIGN_IN");
        assertThat(mine.getList("items.roles[0]")).containsOnly("SUPERVISOR");
        assertThat(mine.getString("items[1].clientAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
        given().get("/api/audit?actor=nobody-" + other).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void registryChangesKeepBeforeAndAfterAndTheCallerNotTheBody() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        String admin = Operators.token(9401, "admin-x", Set.of(AccountRole.ADMINISTRATOR), city);
        Map<String, Object> body = Api.vehicleBody(district, Api.uniquePlate());
        body.put("actor", "冒充者");
        long car = given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON).body(body)
                .post("/api/vehicles").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> change = new HashMap<>(body);
        change.put("seats", 7);
        change.put("version", 0);
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON).body(change)
                .put("/api/vehicles/" + car).then().statusCode(200);

        JsonPath log = given().get("/api/audit?resourceType=vehicle&resourceId=" + car).then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("items.action")).containsExactly("VEHICLE_CHANGE", "VEHICLE_CREATE");
        assertThat(log.getList("items.username")).containsOnly("admin-x");
        assertThat(log.getList("items.accountId", Long.class)).containsOnly(9401L);
        assertThat(log.getInt("items[0].before.seats")).isEqualTo(5);
        assertThat(log.getInt("items[0].after.seats")).isEqualTo(7);
        assertThat(log.getString("items[1].before")).isNull();
        assertThat(log.getString("items[0].orgPath")).isEqualTo(Operators.pathOf(district));

        // scope: a supervisor of the district sees the car's rows, one of a sibling district does not;
        // a dispatcher may not read the log at all
        long sibling = Api.organisation(city, "DISTRICT_BUREAU");
        String own = Operators.token(9402, "sup-own", Set.of(AccountRole.SUPERVISOR), district);
        String foreign = Operators.token(9403, "sup-foreign", Set.of(AccountRole.SUPERVISOR), sibling);
        given().header("Authorization", "Bearer " + own).get("/api/audit?resourceType=vehicle&resourceId=" + car)
                .then().statusCode(200).body("items.size()", equalTo(2));
        given().header("Authorization", "Bearer " + foreign).get("/api/audit?resourceType=vehicle&resourceId=" + car)
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", "Bearer " + Operators.token(9404, "disp", Set.of(AccountRole.DISPATCHER),
                city)).get("/api/audit").then().statusCode(403);

        // paging, CSV and bad filters
        given().get("/api/audit?resourceType=vehicle&resourceId=" + car + "&size=1").then()
                .body("items.size()", equalTo(1)).body("more", equalTo(true));
        given().get("/api/audit?resourceType=vehicle&resourceId=" + car + "&size=1&page=1").then()
                .body("items[0].action", equalTo("VEHICLE_CREATE")).body("more", equalTo(false));
        String csv = given().get("/api/audit?resourceType=vehicle&resourceId=" + car + "&format=csv").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).contains("\"VEHICLE_CHANGE\"").contains("\"admin-x\"");
        given().get("/api/audit?from=yesterday").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().get("/api/audit?size=0").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    private static String account(long org, String role) {
        String username = Api.unique(role.toLowerCase());
        given().contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "测试" + role, "role",
                role, "orgId", org, "password", PASSWORD, "roles", List.of(role))).post("/api/accounts").then()
                .statusCode(201);
        return username;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
