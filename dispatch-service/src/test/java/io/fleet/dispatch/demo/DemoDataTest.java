package io.fleet.dispatch.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What `bin/fleet up` shows a new user: the demo city, its fleet, and terminals the gateway will accept. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoEnabled.class)
class DemoDataTest {

    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fleet.demo.enabled", "true");
        }
    }

    @Inject
    StatefulRedisConnection<String, String> redis;

    @Inject
    RedisConfig redisConfig;

    @Test
    void loadsTheCityItsFleetAndTheTerminalsTheSimulatorUses() {
        given().get("/api/organisations").then().statusCode(200)
                .body("code", hasItems("3301", "330102", "330106-01"));
        given().get("/api/vehicles").then().statusCode(200)
                .body("$", hasSize(DemoFleet.SIZE))
                .body("terminalPhone", everyItem(startsWith(DemoFleet.PHONE_PREFIX)));

        var vehicles = given().get("/api/vehicles").then().extract().jsonPath();
        long newEnergy = vehicles.getList("energy").stream().filter("NEW_ENERGY"::equals).count();
        assertThat(newEnergy * 100 / DemoFleet.SIZE).as("new-energy share of the demo fleet").isGreaterThanOrEqualTo(70);

        given().get("/api/drivers").then().statusCode(200).body("$", hasSize(20))
                .body("licenceClass", org.hamcrest.Matchers.hasItem("B1"));

        assertThat(redis.sync().hgetall(redisConfig.prefix() + "terminal:" + DemoFleet.PHONE_PREFIX + "07"))
                .containsEntry("enabled", "1").containsKey("plate");
    }
}
