package io.fleet.mobile.trip;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.mobile.auth.Session;
import io.fleet.mobile.auth.Tokens;
import io.fleet.mobile.common.Problem;
import io.fleet.mobile.dispatch.DispatchAnswer;
import io.fleet.mobile.dispatch.DispatchClient;
import io.fleet.mobile.idempotency.IdempotentWrites;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The phone's trips: a driver's assignments, a requester's requests, an approver's queue, and every step on them.
 * Every write needs a bearer token and an Idempotency-Key; the acting person is the signed-in account, never a name
 * the phone sends. Steps carry the version the phone saw, so an action queued offline is refused (409, with the
 * reason) when the trip changed meanwhile.
 */
@Path("/api/trips")
@Tag(name = "Trips", description = "Assignments, requests and approvals from the phone")
public class TripResource {

    /** The city's day: "today's assignments" start at local midnight. */
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private static final String AUTH = HttpHeaders.AUTHORIZATION;

    private final Tokens tokens;
    private final DispatchClient dispatch;
    private final TripAccess access;
    private final IdempotentWrites writes;
    private final TripPosition positions;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    TripResource(Tokens tokens, DispatchClient dispatch, TripAccess access, IdempotentWrites writes, TripPosition positions,
            com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.mapper = mapper;
        this.tokens = tokens;
        this.dispatch = dispatch;
        this.access = access;
        this.writes = writes;
        this.positions = positions;
    }

    @GET
    @Operation(summary = "A driver's trips from today on; a requester's requests; an approver's organisation's requests")
    public Response mine(@HeaderParam(AUTH) String authorization, @QueryParam("state") String state) {
        Session s = tokens.require(authorization);
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        switch (s.role()) {
            case "DRIVER" -> {
                query.put("driverId", s.driverId());
                query.put("from", LocalDate.now(CITY).atStartOfDay(CITY).toOffsetDateTime().toString());
            }
            case "REQUESTER" -> {
                query.put("org", s.orgId());
                query.put("requester", s.displayName());
            }
            default -> query.put("org", s.orgId());
        }
        return dispatch.get(s, "/api/trip-requests", query).toResponse();
    }

    @POST
    @Operation(summary = "Submit a request (requesters): the same fields and rules as the console, for the own unit")
    public Response submit(@HeaderParam(AUTH) String authorization,
            @HeaderParam(IdempotentWrites.HEADER) String key, Map<String, Object> body) {
        Session s = tokens.require(authorization);
        if (!s.isRequester()) {
            throw Problem.of(403, "urn:fleet:problem:forbidden", "Not your step", "only requesters submit requests");
        }
        Map<String, Object> request = new LinkedHashMap<>(body == null ? Map.of() : body);
        request.put("orgId", s.orgId());
        request.put("requester", s.displayName());
        return writes.once(s, key, "POST", "/api/trips", request, () -> dispatch.post(s, "/api/trip-requests", request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One trip with its audit trail")
    public Map<String, Object> get(@HeaderParam(AUTH) String authorization, @PathParam("id") long id) {
        return access.visible(tokens.require(authorization), id);
    }

    @GET
    @Path("/{id}/position")
    @Operation(summary = "Where the assigned car is now and the driving time to the pickup (or, once aboard, the destination)")
    public Map<String, Object> position(@HeaderParam(AUTH) String authorization, @PathParam("id") long id) {
        Session s = tokens.require(authorization);
        return positions.of(s, access.visible(s, id));
    }

    @POST
    @Path("/{id}/expenses")
    @Operation(summary = "Record a toll, parking or other expense (drivers)")
    public Response addExpense(@HeaderParam(AUTH) String authorization,
            @HeaderParam(IdempotentWrites.HEADER) String key, @PathParam("id") long id, Map<String, Object> body) {
        Session s = driver(authorization);
        Map<String, Object> expense = new LinkedHashMap<>(body == null ? Map.of() : body);
        expense.put("actor", s.displayName());
        return writes.once(s, key, "POST", "/api/trips/" + id + "/expenses", expense, () -> {
            access.visible(s, id);
            return dispatch.post(s, "/api/trip-requests/" + id + "/expenses", expense);
        });
    }

    @GET
    @Path("/{id}/expenses")
    public Response expenses(@HeaderParam(AUTH) String authorization, @PathParam("id") long id) {
        Session s = tokens.require(authorization);
        access.visible(s, id);
        return dispatch.get(s, "/api/trip-requests/" + id + "/expenses", Map.of()).toResponse();
    }

    @POST
    @Path("/{id}/problems")
    @Operation(summary = "Report a breakdown, accident or delay (drivers): reaches the dispatchers at once")
    public Response reportProblem(@HeaderParam(AUTH) String authorization,
            @HeaderParam(IdempotentWrites.HEADER) String key, @PathParam("id") long id, Map<String, Object> body) {
        Session s = driver(authorization);
        Map<String, Object> report = new LinkedHashMap<>(body == null ? Map.of() : body);
        report.put("actor", s.displayName());
        return writes.once(s, key, "POST", "/api/trips/" + id + "/problems", report, () -> {
            access.visible(s, id);
            return dispatch.post(s, "/api/trip-requests/" + id + "/problems", report);
        });
    }

    @POST
    @Path("/{id}/{step}")
    @Operation(summary = "A step: drivers accept, refuse, start, at-pickup, aboard, arrive, complete; requesters cancel, "
            + "evaluate; approvers approve, reject. Send the version you saw; position, phone time and readings are kept")
    public Response step(@HeaderParam(AUTH) String authorization, @HeaderParam(IdempotentWrites.HEADER) String key,
            @PathParam("id") long id, @PathParam("step") String step, Map<String, Object> body) {
        Session s = tokens.require(authorization);
        TripAccess.mayTake(s, step);
        Map<String, Object> request = new LinkedHashMap<>(body == null ? Map.of() : body);
        // Assignment fields are the dispatcher's; the actor is whoever signed in.
        for (String dispatcherOnly : List.of("vehicleId", "driverId", "confirmBreaks")) {
            request.remove(dispatcherOnly);
        }
        request.put("actor", s.displayName());
        return writes.once(s, key, "POST", "/api/trips/" + id + "/" + step, request, () -> {
            access.visible(s, id);
            DispatchAnswer answer = dispatch.post(s, "/api/trip-requests/" + id + "/" + step, request);
            if (answer.status() == 409) {
                Map<String, Object> explained = access.explainConflict(answer.body(), access.visible(s, id));
                return new DispatchAnswer(409, "application/problem+json", json(explained));
            }
            return answer;
        });
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Session driver(String authorization) {
        Session s = tokens.require(authorization);
        if (!s.isDriver()) {
            throw Problem.of(403, "urn:fleet:problem:forbidden", "Not your step", "only the trip's driver does this");
        }
        return s;
    }
}
