package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.complaint.ComplaintAction;
import io.fleet.dispatch.supervision.alarm.ReviewAction;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.trip.TripAction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Organisation scope, endpoint by endpoint: every /api operation of the OpenAPI document (trip, complaint and alarm
 * steps expanded) either has a case here or is listed in {@link #UNSCOPED} with the reason it names no organisation's
 * record; an operation added without either fails this test. For each case a caller with every role in district A
 * calls it on district B's record (or names district B's organisation) and must get 404, or 403 of the foreign
 * organisation kind, or — for searches — an answer without B's record; the owner, a caller with every role in
 * district B, gets past the scope (2xx for reads; for writes whatever the step's own rules answer, never 404 or the
 * foreign-organisation 403).
 */
@QuarkusTest
class ScopeEveryEndpointTest {

    /** Operations that name no record or organisation of anyone but the caller, and why. */
    static final Map<String, String> UNSCOPED = Map.ofEntries(
            Map.entry("POST /api/auth/sign-in", "open: signs the caller in"),
            Map.entry("GET /api/auth/options", "open: how the sign-in screen may sign in"),
            Map.entry("GET /api/auth/oidc/start", "open: the city identity service's sign-in"),
            Map.entry("GET /api/auth/oidc/callback", "open: the city identity service's sign-in"),
            Map.entry("POST /api/auth/sign-out", "the caller's own token"),
            Map.entry("GET /api/auth/me", "the caller's own account"),
            Map.entry("POST /api/accounts/sign-in", "open: the phone's password check"),
            Map.entry("GET /api/map/info", "open: the base map"),
            Map.entry("GET /api/map/tiles/{z}/{x}/{y}.png", "open: the base map"),
            Map.entry("GET /api/organisations", "lists the caller's own subtree (ScopeTest; ?under= is a case)"),
            Map.entry("POST /api/routes", "road routing between coordinates: no records"),
            Map.entry("POST /api/routes/matrix", "road routing between coordinates: no records"),
            Map.entry("POST /api/routes/snap", "road routing between coordinates: no records"),
            Map.entry("POST /api/routes/match", "road routing between coordinates: no records"),
            Map.entry("GET /api/supervision/calendar", "the city's holiday calendar, the same for every organisation"),
            Map.entry("GET /api/supervision/calendar/{day}", "the city's holiday calendar, the same for everyone"),
            Map.entry("POST /api/complaints", "a complaint taken down belongs to the caller's own organisation"),
            Map.entry("GET /api/notifications/stream",
                    "no parameter: pushes only the notices of the caller's own subtree (NotificationStreamTest)"));

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final String FOREIGN = "urn:fleet:problem:foreign-organisation";

    @Inject
    Tokens tokens;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    // HTTP/1.1: over the client's default h2c upgrade every call shares one connection, and the streams this walk
    // opens and drops (live positions, notifications) ended it for all of them once in CI ("EOF reached while
    // reading"); one connection per call keeps each answer its own
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    /**
     * One operation's scoping case: the call; for searches what marks B's record in the answer; for a write that
     * names B's record in its body, the field, since the database does not show district A that record at all and the
     * answer is then the field's 400 "no such record", as for one that does not exist.
     */
    record Case(String path, Object body, Predicate<String> showsB, String namedField) {

        static Case refused(String path, Object body) {
            return new Case(path, body, null, null);
        }

        static Case naming(String field, String path, Object body) {
            return new Case(path, body, null, field);
        }

        static Case filtered(String path, Predicate<String> showsB) {
            return new Case(path, null, showsB, null);
        }

        boolean refuses(Answer answer) {
            return answer.refused() || namedField != null && answer.status() == 400
                    && answer.body().contains("\"field\":\"" + namedField + "\"");
        }
    }

    @Test
    void everyEndpointKeepsAnotherDistrictOutAndLetsTheOwnerIn() throws Exception {
        // city → district A; city → district B → unit B. B's records live in unit B (district B is above them).
        long city = Api.organisation(null, "CITY_BUREAU");
        long districtA = Api.organisation(city, "DISTRICT_BUREAU");
        long districtB = Api.organisation(city, "DISTRICT_BUREAU");
        long unitB = Api.organisation(districtB, "UNIT");
        String a = token(districtA, null);

        String plateB = Api.uniquePlate();
        long carB = Api.vehicle(unitB, plateB);
        long carB2 = Api.vehicle(unitB, Api.uniquePlate());
        long driverB = given().contentType(ContentType.JSON).body(driver(unitB)).post("/api/drivers").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String b = token(districtB, driverB);
        String terminalPhone = "1" + (3_000_000_000L + (long) (Math.random() * 6_000_000_000L));
        long terminalB = given().contentType(ContentType.JSON).body(Map.of("phone", terminalPhone, "vehicleId", carB))
                .post("/api/terminals").then().statusCode(201).extract().jsonPath().getLong("id");
        long shiftB = given().contentType(ContentType.JSON).body(shift()).post("/api/drivers/" + driverB + "/shifts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long tripB = given().contentType(ContentType.JSON).body(ScopeTest.trip(unitB)).post("/api/trip-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String requesterB = Accounts.make(unitB, "REQUESTER");
        long accountB = given().get("/api/accounts?org=" + unitB).then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + requesterB + "' }.id");
        long registryB = given().contentType(ContentType.JSON).body(Map.of("kind", "DISPOSAL", "vehicleId", carB2,
                        "disposalMethod", "AUCTION", "reason", "到期", "actor", "乙单位")).post("/api/registry/requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long fenceB = given().contentType(ContentType.JSON).body(Map.of("orgId", unitB, "kind", "PATROL", "actor", "乙",
                        "geojson", Map.of("type", "Feature", "properties", Map.of("name", "乙巡逻区"),
                                "geometry", Api.square(7.41, 43.73, 0.01)))).post("/api/supervision/geofences/import")
                .then().statusCode(201).extract().jsonPath().getLong("ids[0]");
        long alarmB = alarm(carB, unitB);
        Instant seen = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        position(carB, terminalPhone, seen, 43.7350, 7.4200);
        // a complaint taken down by district B's handler is district B's
        long complaintB = JsonPath.from(send(b, "POST", "/api/complaints", Map.of("channel", "HOTLINE", "actor", "乙",
                "plate", plateB, "seenFrom", seen.toString(), "lon", 7.42, "lat", 43.735,
                "description", "公车私用"), 201).body()).getLong("id");
        send(b, "PUT", "/api/complaints/" + complaintB + "/photo?actor=yi", png(), 200);
        String day = LocalDate.now(CST).plusDays(2).toString();
        String planB = JsonPath.from(send(b, "POST", "/api/planning/plans", Map.of("day", day, "orgId", unitB), 202)
                .body()).getString("id");

        Answer command = call(b, "POST", "/api/terminals/" + terminalB + "/commands", Map.of("type", "LOCATION_QUERY"));
        assertThat(command.status()).as("district B asks its terminal where it is: %s", command).isBetween(200, 299);
        long commandB = JsonPath.from(command.body()).getLong("id");

        String from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String today = LocalDate.now(CST).toString();
        Map<String, Object> tripStep = Map.of("actor", "甲", "version", 0, "vehicleId", carB, "driverId", driverB,
                "confirmBreaks", true, "reason", "x", "rating", 5);
        Map<String, Object> review = Map.of("actor", "甲", "version", 0, "text", "说明");
        Map<String, Object> complaintStep = Map.of("actor", "甲", "version", 0, "assignee", "甲", "outcome",
                "UNSUBSTANTIATED", "findings", "x", "reply", "x", "alarmId", alarmB);
        // acting for district B, above unit B: the owner may decide; district A does not see the request at all
        Map<String, Object> decision = Map.of("actor", "甲", "actorOrgId", districtB, "version", 0, "reason", "x");

        Map<String, Case> cases = new TreeMap<>();
        cases.put("GET /api/organisations/{id}", Case.refused("/api/organisations/" + unitB, null));
        cases.put("POST /api/organisations", Case.refused("/api/organisations", Map.of("code", Api.unique("O"),
                "name", "x", "kind", "UNIT", "parentId", districtB)));
        cases.put("GET /api/accounts", Case.refused("/api/accounts?org=" + unitB, null));
        cases.put("GET /api/accounts/{id}", Case.refused("/api/accounts/" + accountB, null));
        cases.put("POST /api/accounts", Case.refused("/api/accounts", Map.of("username", Api.unique("x"),
                "displayName", "x", "role", "REQUESTER", "orgId", unitB, "password", Accounts.PASSWORD)));
        cases.put("POST /api/accounts/{id}/release-device", Case.refused("/api/accounts/" + accountB
                + "/release-device", null));

        cases.put("GET /api/vehicles", Case.refused("/api/vehicles?org=" + unitB, null));
        cases.put("GET /api/vehicles/{id}", Case.refused("/api/vehicles/" + carB, null));
        cases.put("POST /api/vehicles", Case.refused("/api/vehicles", Api.vehicleBody(unitB, Api.uniquePlate())));
        cases.put("PUT /api/vehicles/{id}", Case.refused("/api/vehicles/" + carB,
                withVersion(Api.vehicleBody(unitB, plateB))));

        cases.put("GET /api/terminals", Case.filtered("/api/terminals", body -> body.contains(terminalPhone)));
        cases.put("GET /api/terminals/presence", Case.filtered("/api/terminals/presence",
                body -> body.contains(terminalPhone)));
        cases.put("GET /api/terminals/{id}", Case.refused("/api/terminals/" + terminalB, null));
        cases.put("POST /api/terminals", Case.naming("vehicleId", "/api/terminals", Map.of("phone", "1" + (3_000_000_000L
                + (long) (Math.random() * 6_000_000_000L)), "vehicleId", carB2)));
        cases.put("PUT /api/terminals/{id}", Case.refused("/api/terminals/" + terminalB, Map.of("phone",
                terminalPhone, "vehicleId", carB, "version", 0)));

        cases.put("POST /api/terminals/{id}/commands", Case.refused("/api/terminals/" + terminalB + "/commands",
                Map.of("type", "LOCATION_QUERY")));
        cases.put("GET /api/terminals/{id}/commands", Case.refused("/api/terminals/" + terminalB + "/commands", null));
        cases.put("GET /api/terminal-commands", Case.filtered("/api/terminal-commands",
                body -> JsonPath.from(body).getList("id", Long.class).contains(commandB)));
        cases.put("GET /api/terminal-commands/{id}", Case.refused("/api/terminal-commands/" + commandB, null));
        cases.put("POST /api/terminal-commands/{id}/approve", Case.refused("/api/terminal-commands/" + commandB
                + "/approve", Map.of("reason", "x")));
        cases.put("POST /api/terminal-commands/{id}/reject", Case.refused("/api/terminal-commands/" + commandB
                + "/reject", Map.of("reason", "x")));
        cases.put("GET /api/audit", Case.filtered("/api/audit?resourceType=terminal-command&resourceId=" + commandB,
                body -> !JsonPath.from(body).getList("items").isEmpty()));

        cases.put("GET /api/drivers", Case.refused("/api/drivers?org=" + unitB, null));
        cases.put("GET /api/drivers/{id}", Case.refused("/api/drivers/" + driverB, null));
        cases.put("POST /api/drivers", Case.refused("/api/drivers", driver(unitB)));
        cases.put("PUT /api/drivers/{id}", Case.refused("/api/drivers/" + driverB, withVersion(driver(unitB))));
        cases.put("GET /api/drivers/availability", Case.refused("/api/drivers/availability?day=" + today + "&org="
                + unitB, null));
        cases.put("GET /api/drivers/{driverId}/shifts", Case.refused("/api/drivers/" + driverB + "/shifts", null));
        cases.put("POST /api/drivers/{driverId}/shifts", Case.refused("/api/drivers/" + driverB + "/shifts", shift()));
        cases.put("POST /api/drivers/{driverId}/shifts/week", Case.refused("/api/drivers/" + driverB
                + "/shifts/week", Map.of("from", day, "to", day, "start", "08:00", "end", "17:00", "actor", "甲")));
        cases.put("DELETE /api/drivers/{driverId}/shifts/{shiftId}", Case.refused("/api/drivers/" + driverB
                + "/shifts/" + shiftB + "?actor=jia", null));

        cases.put("GET /api/registry/quotas", Case.refused("/api/registry/quotas?org=" + unitB, null));
        cases.put("PUT /api/registry/quotas/{orgId}/{pool}", Case.refused("/api/registry/quotas/" + unitB
                + "/GENERAL", Map.of("quota", 5, "actor", "甲", "actorOrgId", districtB)));
        cases.put("GET /api/registry/quotas/{orgId}/history", Case.refused("/api/registry/quotas/" + unitB
                + "/history", null));
        cases.put("GET /api/registry/requests", Case.refused("/api/registry/requests?org=" + unitB, null));
        cases.put("GET /api/registry/requests/{id}", Case.refused("/api/registry/requests/" + registryB, null));
        cases.put("POST /api/registry/requests", Case.naming("vehicleId", "/api/registry/requests", Map.of("kind", "DISPOSAL",
                "vehicleId", carB, "disposalMethod", "SCRAP", "reason", "x", "actor", "甲")));
        cases.put("POST /api/registry/requests/{id}/approve", Case.refused("/api/registry/requests/" + registryB
                + "/approve", decision));
        cases.put("POST /api/registry/requests/{id}/reject", Case.refused("/api/registry/requests/" + registryB
                + "/reject", decision));
        cases.put("POST /api/registry/requests/{id}/register", Case.refused("/api/registry/requests/" + registryB
                + "/register", Map.of("actor", "甲", "version", 0, "plate", Api.uniquePlate())));
        cases.put("GET /api/registry/vehicles/{id}/history", Case.refused("/api/registry/vehicles/" + carB
                + "/history", null));

        cases.put("GET /api/evaluation/units", Case.refused("/api/evaluation/units?org=" + unitB + "&from=" + today
                + "&to=" + today, null));
        cases.put("GET /api/evaluation/vehicles", Case.refused("/api/evaluation/vehicles?org=" + unitB + "&from="
                + today + "&to=" + today, null));

        cases.put("POST /api/trip-requests", Case.refused("/api/trip-requests", ScopeTest.trip(unitB)));
        cases.put("GET /api/trip-requests", Case.refused("/api/trip-requests?org=" + unitB, null));
        cases.put("GET /api/trip-requests/{id}", Case.refused("/api/trip-requests/" + tripB, null));
        cases.put("GET /api/trip-requests/{id}/assignment-check", Case.refused("/api/trip-requests/" + tripB
                + "/assignment-check?vehicleId=" + carB + "&driverId=" + driverB, null));
        cases.put("GET /api/trip-requests/{id}/proposals", Case.refused("/api/trip-requests/" + tripB
                + "/proposals", null));
        cases.put("GET /api/trip-requests/{id}/expenses", Case.refused("/api/trip-requests/" + tripB + "/expenses",
                null));
        cases.put("POST /api/trip-requests/{id}/expenses", Case.refused("/api/trip-requests/" + tripB + "/expenses",
                Map.of("actor", "甲", "kind", "TOLL", "amountCents", 500)));
        cases.put("POST /api/trip-requests/{id}/problems", Case.refused("/api/trip-requests/" + tripB + "/problems",
                Map.of("actor", "甲", "kind", "DELAY", "description", "堵车")));
        for (TripAction step : TripAction.values()) {
            cases.put("POST /api/trip-requests/{id}/" + step.path(), Case.refused("/api/trip-requests/" + tripB + "/"
                    + step.path(), tripStep));
        }

        cases.put("GET /api/planning/plans", Case.filtered("/api/planning/plans", body -> body.contains(planB)));
        cases.put("POST /api/planning/plans", Case.refused("/api/planning/plans", Map.of("day", day, "orgId", unitB)));
        cases.put("GET /api/planning/plans/{id}", Case.refused("/api/planning/plans/" + planB, null));
        cases.put("POST /api/planning/plans/{id}/stop", Case.refused("/api/planning/plans/" + planB + "/stop", null));
        cases.put("POST /api/planning/plans/{id}/apply", Case.refused("/api/planning/plans/" + planB + "/apply",
                Map.of("actor", "甲")));

        cases.put("GET /api/live", Case.refused("/api/live?org=" + unitB, null));
        cases.put("GET /api/live/stream", Case.refused("/api/live/stream?org=" + unitB, null));
        cases.put("GET /api/tracks/vehicles/{id}", Case.refused("/api/tracks/vehicles/" + carB + "?from=" + from
                + "&to=" + to, null));
        cases.put("GET /api/tracks/vehicles/{id}/movements", Case.refused("/api/tracks/vehicles/" + carB
                + "/movements?from=" + from + "&to=" + to, null));
        cases.put("GET /api/tracks/movements", Case.refused("/api/tracks/movements?org=" + unitB + "&from=" + from
                + "&to=" + to, null));
        cases.put("GET /api/tracks/near", Case.filtered("/api/tracks/near?lat=43.735&lon=7.42&radius=100&from="
                + from + "&to=" + to, body -> JsonPath.from(body).getList("vehicleId", Long.class).contains(carB)));

        cases.put("GET /api/supervision/alarms", Case.refused("/api/supervision/alarms?org=" + unitB, null));
        cases.put("GET /api/supervision/alarms/{id}", Case.refused("/api/supervision/alarms/" + alarmB, null));
        for (ReviewAction step : ReviewAction.values()) {
            cases.put("POST /api/supervision/alarms/{id}/" + step.path(), Case.refused("/api/supervision/alarms/"
                    + alarmB + "/" + step.path(), review));
        }
        cases.put("GET /api/supervision/duties", Case.refused("/api/supervision/duties?vehicleId=" + carB, null));
        cases.put("POST /api/supervision/duties", Case.naming("vehicleId", "/api/supervision/duties", Map.of("vehicleId", carB,
                "areaId", fenceB, "weekdays", "12345", "start", "08:00", "end", "18:00", "validFrom", today,
                "actor", "甲")));
        cases.put("POST /api/supervision/sealing-periods", Case.refused("/api/supervision/sealing-periods",
                Map.of("orgId", unitB, "startsAt", to, "endsAt", Instant.parse(to).plus(1, ChronoUnit.DAYS)
                        .toString(), "reason", "国庆", "actor", "甲")));
        cases.put("GET /api/supervision/geofences", Case.refused("/api/supervision/geofences?org=" + unitB, null));
        cases.put("POST /api/supervision/geofences/import", Case.refused("/api/supervision/geofences/import",
                Map.of("orgId", unitB, "kind", "REGION", "actor", "甲", "geojson", Map.of("type", "Feature",
                        "properties", Map.of("name", "甲区"), "geometry", Api.square(7.41, 43.73, 0.01)))));
        cases.put("DELETE /api/supervision/geofences/{id}", Case.refused("/api/supervision/geofences/" + fenceB
                + "?actor=jia&version=0", null));
        cases.put("GET /api/supervision/settings/{org}", Case.refused("/api/supervision/settings/" + unitB, null));
        cases.put("PUT /api/supervision/settings/{org}/{key}", Case.refused("/api/supervision/settings/" + unitB
                + "/SPEEDING", Map.of("enabled", false, "actor", "甲")));
        cases.put("DELETE /api/supervision/settings/{org}/{key}", Case.refused("/api/supervision/settings/" + unitB
                + "/SPEEDING?actor=jia", null));
        cases.put("POST /api/supervision/reevaluate", Case.refused("/api/supervision/reevaluate",
                Map.of("vehicleId", carB, "from", from, "actor", "甲")));
        // The calendar is shared: only the city bureau above everyone changes it (the owner below is the city).
        cases.put("PUT /api/supervision/calendar/{day}", Case.refused("/api/supervision/calendar/" + day,
                Map.of("kind", "WORKDAY", "name", "调休", "actor", "甲")));
        cases.put("DELETE /api/supervision/calendar/{day}", Case.refused("/api/supervision/calendar/" + day
                + "?actor=jia", null));

        cases.put("GET /api/complaints", Case.refused("/api/complaints?org=" + districtB, null));
        cases.put("GET /api/complaints/statistics", Case.refused("/api/complaints/statistics?org=" + districtB
                + "&from=" + from + "&to=" + to, null));
        cases.put("GET /api/complaints/export", Case.refused("/api/complaints/export?org=" + districtB + "&from="
                + from + "&to=" + to, null));
        cases.put("GET /api/complaints/{id}", Case.refused("/api/complaints/" + complaintB, null));
        cases.put("GET /api/complaints/{id}/trace", Case.refused("/api/complaints/" + complaintB + "/trace", null));
        cases.put("GET /api/complaints/{id}/photo", Case.refused("/api/complaints/" + complaintB + "/photo", null));
        cases.put("PUT /api/complaints/{id}/photo", Case.refused("/api/complaints/" + complaintB + "/photo?actor=jia",
                png()));
        for (ComplaintAction step : ComplaintAction.values()) {
            cases.put("POST /api/complaints/{id}/" + step.path(), Case.refused("/api/complaints/" + complaintB + "/"
                    + step.path(), complaintStep));
        }
        cases.put("GET /api/complaint-trace", Case.filtered("/api/complaint-trace?plate=" + plateB.substring(plateB.length() - 5)
                        + "&from=" + seen + "&lat=43.735&lon=7.42",
                body -> JsonPath.from(body).getList("candidates.vehicleId", Long.class).contains(carB)));

        List<String> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(100);
        List<String> uncovered = operations.stream().filter(op -> !cases.containsKey(op) && !UNSCOPED.containsKey(op))
                .toList();
        assertThat(uncovered).as("operations with neither a scoping case nor a reason in UNSCOPED").isEmpty();
        assertThat(cases.keySet()).as("cases of operations that no longer exist").isSubsetOf(operations);

        String cityToken = token(city, null);
        List<String> wrong = new ArrayList<>();
        for (String op : operations) {
            Case c = cases.get(op);
            if (c == null) {
                continue;
            }
            String method = op.substring(0, op.indexOf(' '));
            boolean calendar = op.contains("/calendar/");
            Answer foreign = call(a, method, c.path(), c.body());
            Answer owner = call(calendar ? cityToken : b, method, c.path(), c.body());
            if (c.showsB() != null) {
                if (foreign.status() != 200 || c.showsB().test(foreign.body())) {
                    wrong.add(op + ": district A got B's record: " + foreign);
                }
                if (owner.status() != 200 || !c.showsB().test(owner.body())) {
                    wrong.add(op + ": the owner did not get its record: " + owner);
                }
                continue;
            }
            if (!c.refuses(foreign)) {
                wrong.add(op + ": district A got " + foreign);
            }
            boolean ownerOk = method.equals("GET") ? owner.status() == 200
                    : owner.status() != 401 && !owner.refused() && owner.status() < 500;
            if (!ownerOk) {
                wrong.add(op + ": the owner got " + owner);
            }
        }
        assertThat(wrong).as("operations not scoped as they should be").isEmpty();
    }

    /** The answer of one call; the body is not read from an event stream. */
    record Answer(int status, String type, String body) {

        /** 404, or 403 because the record or organisation is another's (not the wall's 403 for a missing role). */
        boolean refused() {
            return status == 404 || status == 403 && FOREIGN.equals(type);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private Answer call(String token, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
        if (body instanceof byte[] bytes) {
            request.header("Content-Type", "image/png").method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, method.equals("GET") || method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(""));
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text;
        try (InputStream in = response.body()) {
            text = contentType.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        String type = contentType.startsWith("application/problem+json") ? JsonPath.from(text).getString("type") : null;
        return new Answer(response.statusCode(), type, text);
    }

    private Answer send(String token, String method, String path, Object body, int expected) throws Exception {
        Answer answer = call(token, method, path, body);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer).isEqualTo(expected);
        return answer;
    }

    /** A token of someone with every role in {@code org} (and, for the phone's steps, driving {@code driverId}). */
    private String token(long org, Long driverId) throws SQLException {
        return tokens.issue(new Caller(0, "scope-" + org, "范围测试", EnumSet.allOf(AccountRole.class), org,
                path(org), driverId, Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(1)), Tokens.ISSUER));
    }

    private String path(long org) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, org);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** An alarm as the supervision round records one (it has no endpoint that creates it). */
    private long alarm(long vehicle, long org) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO alarm (vehicle_id, org_id, org_path, rule, state, started_at, ended_at, summary, evidence)
                SELECT ?, ?, path, 'OFF_HOURS', 'OPEN', now() - interval '3 hours', now() - interval '2 hours',
                       '下班时间行驶', '{}'::jsonb FROM organisation WHERE id = ? RETURNING id""")) {
            s.setLong(1, vehicle);
            s.setLong(2, org);
            s.setLong(3, org);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A stored position, as ingest writes it. */
    private void position(long vehicle, String phone, Instant at, double lat, double lon) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT track_ensure_partition(?)")) {
                s.setObject(1, at.atZone(CST).toLocalDate());
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO position (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh, course,
                                          altitude_m, alarm_bits, status_bits)
                    VALUES (?, ?, 1, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), 30, 0, 10, 0, 3)""")) {
                s.setLong(1, vehicle);
                s.setTimestamp(2, Timestamp.from(at));
                s.setString(3, phone);
                s.setTimestamp(4, Timestamp.from(at));
                s.setDouble(5, lon);
                s.setDouble(6, lat);
                s.execute();
            }
        }
    }

    private static Map<String, Object> driver(long org) {
        return new HashMap<>(Map.of("orgId", org, "name", "乙司机", "phone", "139" + (10_000_000
                + (int) (Math.random() * 89_999_999)), "licenceClass", "C1"));
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("version", 0);
        return copy;
    }

    private static Map<String, Object> shift() {
        Instant start = LocalDate.now(CST).plusDays(3).atTime(8, 0).atZone(CST).toInstant();
        return Map.of("kind", "SHIFT", "startsAt", start.toString(), "endsAt", start.plus(8, ChronoUnit.HOURS)
                .toString(), "actor", "乙");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** "METHOD /template" of every /api operation in the OpenAPI document, steps expanded as in PermissionMatrixTest. */
    private static List<String> operations() {
        Map<String, List<String>> steps = Map.of(
                "/api/trip-requests/{id}/{action}", Arrays.stream(TripAction.values()).map(TripAction::path).toList(),
                "/api/complaints/{id}/{action}", Arrays.stream(ComplaintAction.values()).map(ComplaintAction::path)
                        .toList(),
                "/api/supervision/alarms/{id}/{action}", Arrays.stream(ReviewAction.values()).map(ReviewAction::path)
                        .toList());
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (var p : paths.entrySet()) {
            if (!p.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : p.getValue().keySet()) {
                String m = method.toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(m)) {
                    continue;
                }
                List<String> concrete = p.getKey().endsWith("/{action}") && m.equals("POST")
                        ? steps.getOrDefault(p.getKey(), List.of(p.getKey())).stream()
                                .map(step -> p.getKey().replace("{action}", step)).toList()
                        : List.of(p.getKey());
                for (String c : concrete) {
                    result.put(m + " " + c, true);
                }
            }
        }
        return new ArrayList<>(result.keySet());
    }
}
