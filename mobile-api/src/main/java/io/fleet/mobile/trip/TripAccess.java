package io.fleet.mobile.trip;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.auth.Session;
import io.fleet.mobile.common.Problem;
import io.fleet.mobile.dispatch.DispatchAnswer;
import io.fleet.mobile.dispatch.DispatchClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which trips and steps a phone's account may see and take. A driver works on the trips assigned to him; a requester
 * on the requests made in his name in his organisation; an approver on the requests of his organisation's subtree.
 * A trip the account may not see is answered 404, as if it did not exist.
 */
@ApplicationScoped
public class TripAccess {

    static final Set<String> DRIVER_STEPS = Set.of("accept", "refuse", "start", "at-pickup", "aboard", "arrive", "complete",
            "no-show-report");
    static final Set<String> REQUESTER_STEPS = Set.of("cancel", "evaluate");
    static final Set<String> APPROVER_STEPS = Set.of("approve", "reject");

    private final DispatchClient dispatch;
    private final ObjectMapper json;

    TripAccess(DispatchClient dispatch, ObjectMapper json) {
        this.dispatch = dispatch;
        this.json = json;
    }

    /** The trip as dispatch-service has it, if the account may see it. */
    public Map<String, Object> visible(Session s, long id) {
        DispatchAnswer answer = dispatch.get(s, "/api/trip-requests/" + id, Map.of());
        if (answer.status() == 404) {
            throw notFound(id);
        }
        if (!answer.ok()) {
            throw Problem.of(502, "urn:fleet:problem:unavailable", "Try again later",
                    "the dispatch service answered " + answer.status());
        }
        Map<String, Object> trip = read(answer.body());
        if (!maySee(s, trip)) {
            throw notFound(id);
        }
        return trip;
    }

    static boolean maySee(Session s, Map<String, Object> trip) {
        String orgPath = String.valueOf(trip.get("orgPath"));
        return switch (s.role()) {
            case "DRIVER" -> s.driverId() != null && (sameDriver(trip.get("driverId"), s.driverId()) || wasAssigned(trip, s.driverId()));
            case "REQUESTER" -> s.displayName().equals(trip.get("requester")) && orgPath.startsWith(s.orgPath());
            case "APPROVER" -> orgPath.startsWith(s.orgPath());
            default -> false;
        };
    }

    private static boolean sameDriver(Object value, long driverId) {
        return value instanceof Number n && n.longValue() == driverId;
    }

    /** A driver released by a refusal or cancellation still sees the trip, so his queued actions get a reason. */
    @SuppressWarnings("unchecked")
    private static boolean wasAssigned(Map<String, Object> trip, long driverId) {
        if (!(trip.get("events") instanceof List<?> events)) {
            return false;
        }
        for (Object e : events) {
            if (e instanceof Map<?, ?> event && event.get("details") instanceof Map<?, ?> details
                    && (sameDriver(details.get("driverId"), driverId) || sameDriver(details.get("releasedDriverId"), driverId))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A refusal of a step because the trip changed (409), with what it is now: the app shows this to the person
     * whose queued action was not applied.
     */
    Map<String, Object> explainConflict(String problemBody, Map<String, Object> trip) {
        Map<String, Object> problem = new java.util.LinkedHashMap<>(read(problemBody));
        problem.put("currentState", trip.get("state"));
        problem.put("currentVersion", trip.get("version"));
        if (trip.get("events") instanceof List<?> events && !events.isEmpty()) {
            problem.put("lastChange", events.get(events.size() - 1));
        }
        return problem;
    }

    /** Refuses a step the account's role does not take (403 naming the step). */
    static void mayTake(Session s, String step) {
        Set<String> allowed = switch (s.role()) {
            case "DRIVER" -> DRIVER_STEPS;
            case "REQUESTER" -> REQUESTER_STEPS;
            case "APPROVER" -> APPROVER_STEPS;
            default -> Set.of();
        };
        if (!allowed.contains(step)) {
            throw Problem.of(403, "urn:fleet:problem:forbidden", "Not your step",
                    "a " + s.role().toLowerCase() + " cannot " + step + " a trip");
        }
    }

    static io.fleet.mobile.common.ProblemException notFound(long id) {
        return Problem.of(404, "urn:fleet:problem:not-found", "Not found", "no trip " + id);
    }

    Map<String, Object> read(String body) {
        try {
            return json.readValue(body, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer from dispatch-service", e);
        }
    }
}
