package io.fleet.dispatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.complaint.ComplaintAction;
import io.fleet.dispatch.supervision.alarm.ReviewAction;
import io.fleet.dispatch.trip.TripAction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix against the running application: every JAX-RS endpoint the OpenAPI document lists under
 * /api (steps named by a path segment expanded to each step) must have a rule in Permissions; for each, a role the
 * rule allows gets past the wall (not 401/403) and every role it does not allow gets 403. docs/security.md must show
 * the matrix as the code has it.
 */
@QuarkusTest
class PermissionMatrixTest {

    /** Path segments that name a step, and the steps each resource takes. */
    private static final Map<String, List<String>> STEPS = Map.of(
            "/api/trip-requests/{id}/{action}", Arrays.stream(TripAction.values()).map(TripAction::path).toList(),
            "/api/complaints/{id}/{action}", Arrays.stream(ComplaintAction.values()).map(ComplaintAction::path).toList(),
            "/api/supervision/alarms/{id}/{action}", Arrays.stream(ReviewAction.values()).map(ReviewAction::path).toList());

    @Inject
    Tokens tokens;

    @TestHTTPResource("/")
    URI base;

    // HTTP/1.1: over the client's default h2c upgrade every call shares one connection, and the streams this walk
    // opens and drops (live positions, notifications) ended it for all of them once in CI ("EOF reached while
    // reading"); one connection per call keeps each answer its own
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyEndpointHasARuleThatLetsItsRolesInAndKeepsTheOthersOut() throws Exception {
        List<String[]> endpoints = endpoints();
        assertThat(endpoints).as("endpoints found in the OpenAPI document").hasSizeGreaterThan(60);

        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String[] e : endpoints) {
            String method = e[0];
            String path = e[1];
            Permissions.Rule rule = Permissions.match(method, path);
            if (rule == null) {
                missing.add(method + " " + path);
                continue;
            }
            if (rule.open()) {
                int status = call(method, path, null);
                if (status == 401 || status == 403) {
                    wrong.add(method + " " + path + " is open but answered " + status + " without a token");
                }
                continue;
            }
            AccountRole allowed = rule.roles().iterator().next();
            int status = call(method, path, tokenOf(allowed));
            if (status == 401 || status == 403) {
                wrong.add(method + " " + path + " refused " + allowed + " (" + status + ")");
            }
            for (AccountRole role : EnumSet.complementOf(EnumSet.copyOf(rule.roles()))) {
                int refused = call(method, path, tokenOf(role));
                if (refused != 403) {
                    wrong.add(method + " " + path + " let " + role + " through (" + refused + ")");
                }
            }
            if (call(method, path, null) != 401) {
                wrong.add(method + " " + path + " answered without a token");
            }
        }
        assertThat(missing).as("endpoints without a rule in Permissions").isEmpty();
        assertThat(wrong).as("rules not enforced as written").isEmpty();
    }

    @Test
    void docsSecurityShowsTheMatrixOfTheCode() throws IOException {
        Path doc = Path.of(System.getProperty("fleet.repo.root", "..")).resolve("docs/security.md");
        String expected = Permissions.markdownTable();
        String text = Files.readString(doc);
        int from = text.indexOf("<!-- matrix:begin -->");
        int to = text.indexOf("<!-- matrix:end -->");
        assertThat(from).as("docs/security.md has the matrix markers").isNotNegative();
        assertThat(text.substring(from + "<!-- matrix:begin -->".length(), to).strip())
                .as("docs/security.md matrix; replace it with:%n%s", expected).isEqualTo(expected.strip());
    }

    /** A fresh token per call (sign-out is one of the endpoints: it revokes the token it is called with). */
    private String tokenOf(AccountRole role) {
        return tokens.issue(new Caller(0, "matrix-" + role, "矩阵", EnumSet.of(role), 0, "/", null,
                Tokens.newTokenId(), Instant.now().plus(Duration.ofHours(1)), Tokens.ISSUER));
    }

    /** {method, concrete path} of every /api operation in the OpenAPI document, steps expanded. */
    private List<String[]> endpoints() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> seen = new TreeSet<>();
        List<String[]> result = new ArrayList<>();
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
                        ? STEPS.getOrDefault(p.getKey(), List.of()).stream()
                                .map(step -> p.getKey().replace("{action}", step)).toList()
                        : List.of(p.getKey());
                assertThat(concrete).as("steps of %s are known to this test", p.getKey()).isNotEmpty();
                for (String c : concrete) {
                    String path = c.replaceAll("\\{[^}]+}", "1");
                    if (seen.add(m + " " + path)) {
                        result.add(new String[] {m, path});
                    }
                }
            }
        }
        return result;
    }

    /** The status of a call (the body is not read: streams stay open). */
    private int call(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<java.io.InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

}
