package io.fleet.dispatch.planning.service;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.trip.AssignmentRules;
import io.fleet.dispatch.trip.RuleBreak;
import io.fleet.dispatch.trip.TripAction;
import io.fleet.dispatch.trip.TripActionRequest;
import io.fleet.dispatch.trip.TripRequestService;
import io.fleet.dispatch.trip.TripRequestView;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a plan into assignments through the same request workflow a dispatcher uses (so each is audited and
 * version-checked). The manual rules judge occupancy by the requests' whole windows; the plan sequenced trips
 * whose windows overlap by road times, so "busy" breaks the plan resolved are confirmed and recorded; any other
 * break means the world changed since planning and the request is skipped.
 */
@ApplicationScoped
public class PlanApplier {

    private final TripRequestService requests;

    PlanApplier(TripRequestService requests) {
        this.requests = requests;
    }

    public record Outcome(long requestId, String outcome, String detail) {
    }

    /** Each assignment is one transaction of TripRequestService, audited there (the caller is the actor). */
    public List<Outcome> apply(BuiltPlan plan) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Route route : plan.plan().routes()) {
            if (route.unserved()) {
                continue;
            }
            for (Stop s : route.stops()) {
                if (s.pickup()) {
                    outcomes.add(assign(s.job().requestId(), route));
                }
            }
        }
        return outcomes;
    }

    private Outcome assign(long requestId, Route route) {
        try {
            TripRequestView now = requests.get(requestId);
            if (route.vehicleId().equals(now.vehicleId()) && route.driverId().equals(now.driverId())) {
                return new Outcome(requestId, "UNCHANGED", null);
            }
            List<RuleBreak> breaks = requests.checkAssignment(requestId, route.vehicleId(), route.driverId());
            boolean onlyBusy = breaks.stream().allMatch(b -> b.rule().equals(AssignmentRules.VEHICLE_BUSY)
                    || b.rule().equals(AssignmentRules.DRIVER_BUSY));
            if (!onlyBusy) {
                return new Outcome(requestId, "SKIPPED", breaks.toString());
            }
            requests.act(requestId, TripAction.ASSIGN, new TripActionRequest(null, now.version(),
                    breaks.isEmpty() ? null : "planned with road times", route.vehicleId(), route.driverId(),
                    !breaks.isEmpty(), null, null, null, null, null, null, null));
            return new Outcome(requestId, "ASSIGNED", route.plate() + " / " + route.driverName());
        } catch (ProblemException e) {
            return new Outcome(requestId, "SKIPPED", e.getMessage());
        }
    }
}
