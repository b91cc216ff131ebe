package io.fleet.dispatch.security;

import static io.fleet.dispatch.account.AccountRole.ADMINISTRATOR;
import static io.fleet.dispatch.account.AccountRole.APPROVER;
import static io.fleet.dispatch.account.AccountRole.COMPLAINT_HANDLER;
import static io.fleet.dispatch.account.AccountRole.DISPATCHER;
import static io.fleet.dispatch.account.AccountRole.DRIVER;
import static io.fleet.dispatch.account.AccountRole.REQUESTER;
import static io.fleet.dispatch.account.AccountRole.SUPERVISOR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.fleet.dispatch.account.AccountRole;

/**
 * The permission matrix: who may call what, in one place. ApiGuard enforces it for every request under
 * {@code /api/}; a path with no rule here is refused (403) even to an administrator, so an endpoint added without
 * thinking about access is closed, and PermissionMatrixTest fails until it has a rule. docs/security.md prints this
 * table ({@code bin/fleet permissions} / PermissionMatrixTest checks the two agree).
 *
 * <p>Patterns: {@code {x}} is one path segment, {@code **} at the end is any rest. When several rules match, the one
 * with the most literal segments wins (so {@code /api/trip-requests/{id}/approve} beats
 * {@code /api/trip-requests/{id}/{action}}). Steps named by a path segment (trip, complaint and alarm actions) have a
 * rule each.
 */
public final class Permissions {

    /** One row of the matrix; {@code roles} empty and {@code open} true for what needs no sign-in. */
    public record Rule(String method, String pattern, boolean open, Set<AccountRole> roles) {

        public boolean allows(Set<AccountRole> callerRoles) {
            return open || callerRoles.stream().anyMatch(roles::contains);
        }

        String[] segments() {
            return pattern.substring(1).split("/");
        }
    }

    private static final Set<AccountRole> ANYONE_SIGNED_IN = EnumSet.allOf(AccountRole.class);
    private static final Set<AccountRole> OFFICE = EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR, COMPLAINT_HANDLER);

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // sign-in; the phone password check mobile-api relays (same lock-out); the base map
        open("POST", "/api/auth/sign-in");
        // the sign-in screen asks how it may sign in; the city identity service's code flow (docs/security.md)
        open("GET", "/api/auth/options");
        open("GET", "/api/auth/oidc/start");
        open("GET", "/api/auth/oidc/callback");
        open("POST", "/api/accounts/sign-in");
        open("GET", "/api/map/**");
        allow("POST", "/api/auth/sign-out", ANYONE_SIGNED_IN);
        allow("GET", "/api/auth/me", ANYONE_SIGNED_IN);

        // organisations and accounts
        allow("GET", "/api/organisations", ANYONE_SIGNED_IN);
        allow("GET", "/api/organisations/{id}", ANYONE_SIGNED_IN);
        allow("POST", "/api/organisations", EnumSet.of(ADMINISTRATOR));
        allow("GET", "/api/accounts", EnumSet.of(ADMINISTRATOR));
        allow("GET", "/api/accounts/{id}", EnumSet.of(ADMINISTRATOR));
        allow("POST", "/api/accounts", EnumSet.of(ADMINISTRATOR));
        allow("POST", "/api/accounts/{id}/release-device", EnumSet.of(ADMINISTRATOR, DISPATCHER));

        // the registry: cars, terminals, drivers and their shifts
        allow("GET", "/api/vehicles", OFFICE);
        allow("GET", "/api/vehicles/{id}", OFFICE);
        allow("POST", "/api/vehicles", EnumSet.of(ADMINISTRATOR));
        allow("PUT", "/api/vehicles/{id}", EnumSet.of(ADMINISTRATOR));
        allow("GET", "/api/terminals", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("GET", "/api/terminals/{id}", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("POST", "/api/terminals", EnumSet.of(ADMINISTRATOR));
        allow("PUT", "/api/terminals/{id}", EnumSet.of(ADMINISTRATOR));
        // remote commands: asked by the office roles; dangerous ones approved by a second person of these two
        allow("POST", "/api/terminals/{id}/commands", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("GET", "/api/terminals/{id}/commands", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("GET", "/api/terminal-commands", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("GET", "/api/terminal-commands/{id}", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("POST", "/api/terminal-commands/{id}/approve", EnumSet.of(ADMINISTRATOR, SUPERVISOR));
        allow("POST", "/api/terminal-commands/{id}/reject", EnumSet.of(ADMINISTRATOR, SUPERVISOR));
        allow("GET", "/api/drivers", OFFICE);
        allow("GET", "/api/drivers/{id}", OFFICE);
        allow("POST", "/api/drivers", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        allow("PUT", "/api/drivers/{id}", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        allow("GET", "/api/drivers/availability", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        allow("GET", "/api/drivers/{driverId}/shifts", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("POST", "/api/drivers/{driverId}/shifts", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        allow("POST", "/api/drivers/{driverId}/shifts/week", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        allow("DELETE", "/api/drivers/{driverId}/shifts/{shiftId}", EnumSet.of(ADMINISTRATOR, DISPATCHER));
        // vehicle registry (quota, renewal, disposal, plates) and use evaluation: areas landing beside this one
        allow("GET", "/api/registry/**", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("POST", "/api/registry/**", EnumSet.of(ADMINISTRATOR));
        allow("PUT", "/api/registry/**", EnumSet.of(ADMINISTRATOR));
        allow("DELETE", "/api/registry/**", EnumSet.of(ADMINISTRATOR));
        allow("GET", "/api/evaluation/**", OFFICE); // the dashboards of every office role read it
        allow("POST", "/api/evaluation/**", EnumSet.of(ADMINISTRATOR, SUPERVISOR));
        allow("PUT", "/api/evaluation/**", EnumSet.of(ADMINISTRATOR, SUPERVISOR));
        allow("DELETE", "/api/evaluation/**", EnumSet.of(ADMINISTRATOR, SUPERVISOR));

        // trip requests: who takes which step
        allow("POST", "/api/trip-requests", EnumSet.of(REQUESTER, DISPATCHER));
        allow("GET", "/api/trip-requests", ANYONE_SIGNED_IN);
        allow("GET", "/api/trip-requests/{id}", ANYONE_SIGNED_IN);
        allow("GET", "/api/trip-requests/{id}/assignment-check", EnumSet.of(DISPATCHER));
        allow("GET", "/api/trip-requests/{id}/proposals", EnumSet.of(DISPATCHER));
        allow("GET", "/api/trip-requests/{id}/expenses", EnumSet.of(DRIVER, DISPATCHER, SUPERVISOR, ADMINISTRATOR));
        allow("POST", "/api/trip-requests/{id}/expenses", EnumSet.of(DRIVER, DISPATCHER));
        allow("POST", "/api/trip-requests/{id}/problems", EnumSet.of(DRIVER));
        allow("POST", "/api/trip-requests/{id}/approve", EnumSet.of(APPROVER));
        allow("POST", "/api/trip-requests/{id}/reject", EnumSet.of(APPROVER));
        allow("POST", "/api/trip-requests/{id}/assign", EnumSet.of(DISPATCHER));
        for (String step : List.of("accept", "refuse", "start", "at-pickup", "aboard", "arrive", "complete")) {
            allow("POST", "/api/trip-requests/{id}/" + step, EnumSet.of(DRIVER));
        }
        allow("POST", "/api/trip-requests/{id}/no-show-report", EnumSet.of(DRIVER, DISPATCHER));
        allow("POST", "/api/trip-requests/{id}/cancel", EnumSet.of(REQUESTER, DISPATCHER));
        allow("POST", "/api/trip-requests/{id}/evaluate", EnumSet.of(REQUESTER));

        // planning, routing, positions and tracks
        allow("GET", "/api/planning/plans", EnumSet.of(DISPATCHER, ADMINISTRATOR));
        allow("GET", "/api/planning/plans/{id}", EnumSet.of(DISPATCHER, ADMINISTRATOR));
        allow("POST", "/api/planning/plans", EnumSet.of(DISPATCHER));
        allow("POST", "/api/planning/plans/{id}/stop", EnumSet.of(DISPATCHER));
        allow("POST", "/api/planning/plans/{id}/apply", EnumSet.of(DISPATCHER));
        allow("POST", "/api/routes", ANYONE_SIGNED_IN);
        allow("POST", "/api/routes/matrix", OFFICE);
        allow("POST", "/api/routes/snap", OFFICE);
        allow("POST", "/api/routes/match", OFFICE);
        allow("GET", "/api/live", ANYONE_SIGNED_IN);
        allow("GET", "/api/live/stream", EnumSet.of(ADMINISTRATOR, DISPATCHER, SUPERVISOR));
        allow("GET", "/api/notifications/stream", EnumSet.of(SUPERVISOR, COMPLAINT_HANDLER, ADMINISTRATOR));
        allow("GET", "/api/tracks/**", OFFICE);

        // supervision
        allow("GET", "/api/supervision/alarms", EnumSet.of(SUPERVISOR, COMPLAINT_HANDLER, ADMINISTRATOR));
        allow("GET", "/api/supervision/alarms/{id}", EnumSet.of(SUPERVISOR, COMPLAINT_HANDLER, ADMINISTRATOR));
        for (String step : List.of("confirm", "dismiss", "request-explanation", "close")) {
            allow("POST", "/api/supervision/alarms/{id}/" + step, EnumSet.of(SUPERVISOR));
        }
        allow("POST", "/api/supervision/alarms/{id}/explain", EnumSet.of(DISPATCHER, APPROVER));
        allow("GET", "/api/supervision/duties", EnumSet.of(SUPERVISOR, DISPATCHER, ADMINISTRATOR));
        allow("POST", "/api/supervision/duties", EnumSet.of(SUPERVISOR));
        allow("POST", "/api/supervision/sealing-periods", EnumSet.of(SUPERVISOR));
        allow("GET", "/api/supervision/geofences", EnumSet.of(SUPERVISOR, DISPATCHER, ADMINISTRATOR));
        allow("POST", "/api/supervision/geofences/import", EnumSet.of(SUPERVISOR));
        allow("DELETE", "/api/supervision/geofences/{id}", EnumSet.of(SUPERVISOR));
        allow("GET", "/api/supervision/settings/{org}", EnumSet.of(SUPERVISOR, ADMINISTRATOR));
        allow("PUT", "/api/supervision/settings/{org}/{key}", EnumSet.of(SUPERVISOR));
        allow("DELETE", "/api/supervision/settings/{org}/{key}", EnumSet.of(SUPERVISOR));
        allow("GET", "/api/supervision/calendar", OFFICE);
        allow("GET", "/api/supervision/calendar/{day}", OFFICE);
        allow("PUT", "/api/supervision/calendar/{day}", EnumSet.of(SUPERVISOR, ADMINISTRATOR));
        allow("DELETE", "/api/supervision/calendar/{day}", EnumSet.of(SUPERVISOR, ADMINISTRATOR));
        allow("POST", "/api/supervision/reevaluate", EnumSet.of(SUPERVISOR));

        // complaints
        Set<AccountRole> complaintReaders = EnumSet.of(COMPLAINT_HANDLER, SUPERVISOR, ADMINISTRATOR);
        allow("POST", "/api/complaints", EnumSet.of(COMPLAINT_HANDLER));
        allow("GET", "/api/complaints", complaintReaders);
        allow("GET", "/api/complaints/statistics", complaintReaders);
        allow("GET", "/api/complaints/export", complaintReaders);
        allow("GET", "/api/complaints/{id}", complaintReaders);
        allow("GET", "/api/complaints/{id}/trace", complaintReaders);
        allow("GET", "/api/complaints/{id}/photo", complaintReaders);
        allow("PUT", "/api/complaints/{id}/photo", EnumSet.of(COMPLAINT_HANDLER));
        for (String step : List.of("assign", "investigate", "conclude", "reply", "close", "link-alarm", "create-alarm")) {
            allow("POST", "/api/complaints/{id}/" + step, EnumSet.of(COMPLAINT_HANDLER));
        }
        allow("GET", "/api/complaint-trace", EnumSet.of(COMPLAINT_HANDLER, SUPERVISOR));

        // the audit log, scoped to the caller's subtree
        allow("GET", "/api/audit", EnumSet.of(ADMINISTRATOR, SUPERVISOR));
    }

    private Permissions() {
    }

    private static void allow(String method, String pattern, Set<AccountRole> roles) {
        RULES.add(new Rule(method, pattern, false, Collections.unmodifiableSet(EnumSet.copyOf(roles))));
    }

    private static void open(String method, String pattern) {
        RULES.add(new Rule(method, pattern, true, Set.of()));
    }

    public static List<Rule> rules() {
        return Collections.unmodifiableList(RULES);
    }

    /** The matrix as a Markdown table, one row per rule: docs/security.md shows it (PermissionMatrixTest checks). */
    public static String markdownTable() {
        StringBuilder t = new StringBuilder("| method | path |");
        for (AccountRole r : AccountRole.values()) {
            t.append(' ').append(r.name()).append(" |");
        }
        t.append("\n|---|---|").append("---|".repeat(AccountRole.values().length)).append('\n');
        for (Rule rule : RULES) {
            t.append("| ").append(rule.method()).append(" | `").append(rule.pattern()).append("` |");
            for (AccountRole r : AccountRole.values()) {
                t.append(rule.open() ? " open |" : rule.roles().contains(r) ? " ✓ |" : " |");
            }
            t.append('\n');
        }
        return t.toString();
    }

    /** The rule for a request, or null: no rule means refused. HEAD is checked as GET. */
    public static Rule match(String method, String path) {
        String m = "HEAD".equals(method) ? "GET" : method;
        String[] request = path.replaceAll("/+$", "").substring(path.startsWith("/") ? 1 : 0).split("/");
        Rule best = null;
        int bestScore = -1;
        for (Rule rule : RULES) {
            if (!rule.method().equals(m)) {
                continue;
            }
            int score = score(rule.segments(), request);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        return best;
    }

    /** -1 when the pattern does not match; otherwise twice its literal segments (+1 unless it ends in **). */
    private static int score(String[] pattern, String[] request) {
        int literal = 0;
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.equals("**") && i == pattern.length - 1) {
                return request.length >= i ? 2 * literal : -1;
            }
            if (i >= request.length || request[i].isEmpty()) {
                return -1;
            }
            if (p.contains("{")) {
                continue;
            }
            if (!p.equals(request[i])) {
                return -1;
            }
            literal++;
        }
        return pattern.length == request.length ? 2 * literal + 1 : -1;
    }
}
