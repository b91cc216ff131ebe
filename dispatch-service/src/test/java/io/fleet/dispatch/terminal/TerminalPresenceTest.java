package io.fleet.dispatch.terminal;

import static io.restassured.RestAssured.given;
import static io.fleet.dispatch.support.SimulatedFleet.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.SimulatedFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A terminal is online while it holds a connection to the real gateway, offline before and after. */
@QuarkusTest
class TerminalPresenceTest {

    @Inject
    RedisConfig redisConfig;

    private static Map<String, Object> presenceOf(String phone) {
        JsonPath all = given().get("/api/terminals/presence").then().statusCode(200).extract().jsonPath();
        return all.getMap("find { it.phone == '" + phone + "' }");
    }

    @Test
    void aConnectedTerminalIsOnlineAndGoesOfflineWhenItDisconnects() throws Exception {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        long firstPhone = 14_600_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10;
        String connected = Long.toString(firstPhone);
        String silent = Long.toString(firstPhone + 5);
        for (String phone : new String[] {connected, silent}) {
            long vehicle = Api.vehicle(unit, Api.uniquePlate());
            given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", vehicle, "enabled", true))
                    .post("/api/terminals").then().statusCode(201);
        }
        await("both registered and offline", () -> presenceOf(connected) != null
                && Boolean.FALSE.equals(presenceOf(connected).get("online")), Duration.ofSeconds(5));

        try (SimulatedFleet fleet = SimulatedFleet.start(redisConfig, firstPhone, 1, "1")) {
            await("the simulated terminal authenticated", () -> fleet.stats().terminalsAuthenticated.sum() == 1,
                    Duration.ofSeconds(60));
            await("it is shown online, on the test's gateway node",
                    () -> Boolean.TRUE.equals(presenceOf(connected).get("online"))
                            && "console-test".equals(presenceOf(connected).get("node")), Duration.ofSeconds(10));
            await("the other stays offline", () -> Boolean.FALSE.equals(presenceOf(silent).get("online")),
                    Duration.ofSeconds(1));
            fleet.stopTerminals();
            await("offline once it disconnected", () -> Boolean.FALSE.equals(presenceOf(connected).get("online")),
                    Duration.ofSeconds(15));
        }
    }
}
