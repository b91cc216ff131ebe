package io.fleet.dispatch.terminal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.RegistryApi;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Terminals through the API, and the gateway's Redis copy of the registry following every change. */
@QuarkusTest
class TerminalRegistryTest {

    @Inject
    StatefulRedisConnection<String, String> redis;

    @Inject
    RedisConfig redisConfig;

    @Inject
    TerminalRegistryMirror mirror;

    private static String randomPhone() {
        return "1" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));
    }

    private Map<String, String> mirrored(String phone) {
        return redis.sync().hgetall(redisConfig.prefix() + "terminal:" + phone);
    }

    private static Map<String, Object> terminal(String phone, Long vehicleId, Boolean enabled, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        body.put("vehicleId", vehicleId);
        body.put("enabled", enabled);
        body.put("version", version);
        return body;
    }

    @Test
    void theMirrorFollowsRegistrationBindingAndDisabling() {
        String phone = randomPhone();
        long id = given().contentType(ContentType.JSON).body(terminal("0" + phone, null, null, null))
                .post("/api/terminals")
                .then().statusCode(201).body("phone", equalTo(phone))
                .extract().jsonPath().getLong("id");
        assertThat(mirrored(phone)).containsEntry("enabled", "0").containsEntry("vehicleId", "");

        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        String plate = Api.uniquePlate();
        long vehicle = Api.vehicle(unit, plate);
        given().contentType(ContentType.JSON).body(terminal(phone, vehicle, true, 0)).put("/api/terminals/" + id)
                .then().statusCode(200).body("vehicleId", equalTo((int) vehicle));
        assertThat(mirrored(phone)).containsEntry("enabled", "1").containsEntry("vehicleId", Long.toString(vehicle))
                .containsEntry("plate", plate).containsEntry("orgId", Long.toString(unit));
        given().get("/api/vehicles/" + vehicle).then().body("terminalPhone", equalTo(phone));

        given().contentType(ContentType.JSON).body(terminal(phone, vehicle, false, 1)).put("/api/terminals/" + id)
                .then().statusCode(200);
        assertThat(mirrored(phone)).containsEntry("enabled", "0");
    }

    @Test
    void aDisposedVehicleMayNotReport() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        String plate = Api.uniquePlate();
        long vehicle = Api.vehicle(unit, plate);
        String phone = randomPhone();
        given().contentType(ContentType.JSON).body(terminal(phone, vehicle, true, null)).post("/api/terminals")
                .then().statusCode(201);
        assertThat(mirrored(phone)).containsEntry("enabled", "1");

        RegistryApi.dispose(vehicle, "SCRAP");
        assertThat(mirrored(phone)).containsEntry("enabled", "0");
    }

    @Test
    void oneVehicleCarriesOneTerminal() {
        long unit = Api.organisation(Api.organisation(null, "CITY_BUREAU"), "UNIT");
        long vehicle = Api.vehicle(unit, Api.uniquePlate());
        given().contentType(ContentType.JSON).body(terminal(randomPhone(), vehicle, true, null)).post("/api/terminals")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(terminal(randomPhone(), vehicle, true, null)).post("/api/terminals")
                .then().statusCode(409).body("violations.field", contains("vehicleId"));
    }

    @Test
    void refusesAPhoneThatIsNotAPhone() {
        given().contentType(ContentType.JSON).body(terminal("139-0000", null, null, null)).post("/api/terminals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("phone"));
    }

    @Test
    void aFullPassRestoresLostEntriesAndRemovesStaleOnes() {
        String phone = randomPhone();
        given().contentType(ContentType.JSON).body(terminal(phone, null, null, null)).post("/api/terminals")
                .then().statusCode(201);
        String stale = redisConfig.prefix() + "terminal:19999999999";
        redis.sync().hset(stale, Map.of("enabled", "1"));
        redis.sync().del(redisConfig.prefix() + "terminal:" + phone); // as after a Redis restart

        mirror.syncAll();

        assertThat(redis.sync().exists(stale)).isZero();
        assertThat(mirrored(phone)).containsEntry("enabled", "0");
    }
}
