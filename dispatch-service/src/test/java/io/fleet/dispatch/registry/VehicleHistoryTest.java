package io.fleet.dispatch.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.RegistryApi;
import io.fleet.dispatch.track.TrackFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A car's whole life in one answer: registered, terminal swapped, re-plated, used, complained of, disposed of. */
@QuarkusTest
class VehicleHistoryTest {

    @Inject
    DataSource dataSource;

    @Test
    void aVehiclesFileHoldsItsWholeLife() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long unit = Api.organisation(district, "UNIT");
        String firstPlate = Api.uniquePlate();
        var body = Api.vehicleBody(unit, firstPlate);
        body.put("registeredOn", "2017-06-30");
        long car = given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // the first terminal is replaced by a second
        String firstPhone = TrackFixtures.randomPhone();
        long firstTerminal = given().contentType(ContentType.JSON).body(Map.of("phone", firstPhone, "vehicleId", car))
                .post("/api/terminals").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> unbind = new HashMap<>(Map.of("phone", firstPhone, "version", 0));
        given().contentType(ContentType.JSON).body(unbind).put("/api/terminals/" + firstTerminal).then().statusCode(200);
        String secondPhone = TrackFixtures.randomPhone();
        given().contentType(ContentType.JSON).body(Map.of("phone", secondPhone, "vehicleId", car))
                .post("/api/terminals").then().statusCode(201);

        String secondPlate = Api.uniquePlate();
        long replate = RegistryApi.replate(car, secondPlate).getLong("id");
        Trips.drivenWithReadings(unit, car, 120_000, 120_042);
        long alarm = alarmAbout(car);
        long complaint = complaintConcludedAbout(car, secondPlate);
        long disposal = RegistryApi.dispose(car, "AUCTION").getLong("id");

        JsonPath h = given().get("/api/registry/vehicles/" + car + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(h.getString("vehicle.status")).isEqualTo("DISPOSED");
        assertThat(h.getString("vehicle.plate")).isEqualTo(secondPlate);
        assertThat(h.getString("registration.registeredOn")).isEqualTo("2017-06-30");
        assertThat(h.getLong("registration.orgId")).isEqualTo(unit);
        assertThat(h.getString("registration.enteredAt")).isNotNull();
        assertThat((Object) h.get("registration.underRequestId")).isNull();

        assertThat(h.getList("plates.plate")).containsExactly(firstPlate, secondPlate);
        assertThat(h.getList("terminals.phone")).containsExactly(firstPhone, secondPhone);
        assertThat(h.getString("terminals[0].unboundAt")).isNotNull();
        // the disposal released the second terminal
        assertThat(h.getString("terminals[1].unboundAt")).isNotNull();

        assertThat(h.getList("requests.id", Long.class)).containsExactly(replate, disposal);
        assertThat(h.getList("requests.kind")).containsExactly("PLATE_CHANGE", "DISPOSAL");
        assertThat(h.getList("requests[1].events.action")).containsExactly("REQUEST", "APPROVE");

        assertThat(h.getInt("use.assignments")).isEqualTo(1);
        assertThat(h.getInt("use.completedTrips")).isEqualTo(1);
        assertThat(h.getDouble("use.readKm")).isEqualTo(42.0);

        assertThat(h.getList("alarms.id", Long.class)).containsExactly(alarm);
        assertThat(h.getString("alarms[0].link")).isEqualTo("/api/supervision/alarms/" + alarm);
        given().get(h.getString("alarms[0].link")).then().statusCode(200);
        assertThat(h.getList("complaints.id", Long.class)).containsExactly(complaint);
        assertThat(h.getString("complaints[0].outcome")).isEqualTo("SUBSTANTIATED");
        given().get(h.getString("complaints[0].link")).then().statusCode(200);

        assertThat(h.getLong("disposal.requestId")).isEqualTo(disposal);
        assertThat(h.getString("disposal.how")).isEqualTo("AUCTION");
        assertThat(h.getString("disposal.approvedBy")).isEqualTo("test-operator");
    }

    @Test
    void aCarBoughtUnderARenewalNamesItAndTheCarItReplaced() {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        given().contentType(ContentType.JSON).body(Map.of("quota", 1, "actor", "编制处", "actorOrgId", city))
                .put("/api/registry/quotas/" + unit + "/GENERAL").then().statusCode(200);
        var body = Api.vehicleBody(unit, Api.uniquePlate());
        body.put("registeredOn", "2015-01-10");
        long old = given().contentType(ContentType.JSON).body(body).post("/api/vehicles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long renewal = RegistryApi.approve(RegistryApi.submit(Map.of("kind", "RENEWAL", "vehicleId", old,
                "vehicleKind", "SEDAN", "seats", 5, "energy", "NEW_ENERGY")).getLong("id")).getLong("id");
        int version = given().get("/api/registry/requests/" + renewal).then().extract().path("version");
        long replacement = given().contentType(ContentType.JSON)
                .body(Map.of("actor", "李科员", "version", version, "plate", Api.uniquePlate(), "batteryRangeKm", 400))
                .post("/api/registry/requests/" + renewal + "/register").then().statusCode(200)
                .extract().jsonPath().getLong("newVehicleId");

        JsonPath oldFile = given().get("/api/registry/vehicles/" + old + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(oldFile.getLong("disposal.requestId")).isEqualTo(renewal);
        assertThat(oldFile.getString("disposal.how")).isEqualTo("REPLACED by vehicle " + replacement);
        JsonPath newFile = given().get("/api/registry/vehicles/" + replacement + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(newFile.getLong("registration.underRequestId")).isEqualTo(renewal);
        assertThat((Object) newFile.get("disposal")).isNull();
        assertThat(newFile.getList("plates")).hasSize(1);

        given().get("/api/registry/vehicles/999999999/history").then().statusCode(404);
    }

    /** An alarm row as supervision writes it (supervision's own rounds are tested in its package). */
    private long alarmAbout(long vehicle) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("""
                        INSERT INTO alarm (vehicle_id, org_id, org_path, rule, state, started_at, ended_at, summary, evidence)
                        SELECT id, org_id, org_path, 'OFF_HOURS', 'OPEN', now() - interval '2 hours', now(), '夜间用车', '{}'
                        FROM vehicle WHERE id = """ + vehicle + " RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long complaintConcludedAbout(long car, String plate) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "HOTLINE", "actor", "12345接线员", "plate", plate,
                "lon", 120.1, "lat", 30.2, "description", "周末用公车", "contact", "13800138000"));
        body.put("seenFrom", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0).toString());
        long id = given().contentType(ContentType.JSON).body(body).post("/api/complaints").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        complaintStep(id, "assign", Map.of("assignee", "李督查"));
        complaintStep(id, "investigate", Map.of());
        complaintStep(id, "conclude", Map.of("outcome", "SUBSTANTIATED", "findings", "属实", "vehicleId", car));
        return id;
    }

    private static void complaintStep(long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("actor", "督查科");
        body.put("version", given().get("/api/complaints/" + id).then().extract().path("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/complaints/" + id + "/" + action)
                .then().statusCode(200);
    }
}
