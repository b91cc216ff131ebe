package io.fleet.dispatch.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.BrowserScenario;
import io.fleet.dispatch.support.SimulatedFleet;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The administrator's main flow in a real browser: organisation, car, terminal, driver, account, settings, each form
 * refused once with the field named. When the browser has registered the terminal, a real simulated terminal
 * connects to the real gateway, and the screen must show it online.
 */
@QuarkusTest
class AdminConsoleBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    RedisConfig redisConfig;

    @Test
    void organisationCarTerminalOnlineDriverAccountSettings() throws Exception {
        long bureau = Api.organisation(null, "CITY_BUREAU");
        long phone = 14_800_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10;
        String plate = Api.uniquePlate();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String boughtPlate = Api.uniquePlate();

        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Void> terminal = CompletableFuture.runAsync(() -> {
            try {
                while (!done.get() && !registered(Long.toString(phone))) {
                    Thread.sleep(200);
                }
                if (done.get()) {
                    return;
                }
                Thread.sleep(1000); // the registry reaches the gateway's Redis copy right after the commit
                try (SimulatedFleet fleet = SimulatedFleet.start(redisConfig, phone, 1, "2")) {
                    while (!done.get()) {
                        Thread.sleep(200);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            BrowserScenario.run("console-admin", root.toString(), Long.toString(bureau), Long.toString(phone), plate, suffix,
                    boughtPlate);
        } finally {
            done.set(true);
            terminal.get(30, TimeUnit.SECONDS);
        }

        JsonPath orgs = given().get("/api/organisations").then().statusCode(200).extract().jsonPath();
        Map<String, Object> org = orgs.getMap("find { it.code == 'E2E-" + suffix + "' }");
        assertThat(org).containsEntry("kind", "UNIT").containsEntry("name", "测试科室" + suffix);
        assertThat(((Number) org.get("parentId")).longValue()).isEqualTo(bureau);
        long orgId = ((Number) org.get("id")).longValue();
        JsonPath vehicles = given().get("/api/vehicles?org=" + orgId).then().statusCode(200).extract().jsonPath();
        assertThat(vehicles.getList("plate", String.class)).containsExactlyInAnyOrder(plate, boughtPlate);
        assertThat(vehicles.getString("find { it.plate == '" + plate + "' }.terminalPhone")).isEqualTo(Long.toString(phone));
        assertThat(vehicles.getList("energy", String.class)).containsOnly("NEW_ENERGY");
        // the registry: the quota set, the purchase requested, approved by the bureau and completed by the car bought
        JsonPath quota = given().get("/api/registry/quotas?org=" + orgId).then().statusCode(200).extract().jsonPath();
        assertThat(quota.getInt("find { it.pool == 'GENERAL' }.quota")).isEqualTo(2);
        assertThat(quota.getInt("find { it.pool == 'GENERAL' }.held")).isEqualTo(2);
        JsonPath purchase = given().get("/api/registry/requests?org=" + orgId).then().statusCode(200).extract().jsonPath();
        assertThat(purchase.getList("state", String.class)).containsExactly("COMPLETED");
        assertThat(purchase.getLong("[0].decidedByOrgId")).isEqualTo(bureau);
        assertThat(purchase.getString("[0].reason")).isEqualTo("新增一辆新能源轿车用于日常公务");
        List<String> drivers = given().get("/api/drivers?org=" + orgId).then().extract().jsonPath().getList("name", String.class);
        assertThat(drivers).containsExactly("司机" + suffix);
        List<String> accounts = given().get("/api/accounts?org=" + orgId).then().extract().jsonPath().getList("username", String.class);
        assertThat(accounts).containsExactly("e2e." + suffix);
    }

    private static boolean registered(String phone) {
        List<String> phones = given().get("/api/terminals").then().extract().jsonPath().getList("phone", String.class);
        return phones.contains(phone);
    }
}
