package io.fleet.dispatch.planning.service;

import java.util.List;
import java.util.Map;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.trip.TripRequest;

/** A planning model with what it was built from, to read the solver's answer back in the dispatcher's terms. */
public record BuiltPlan(DispatchPlan plan, PlanInput input, Map<String, TripRequest> requestByJob,
        Map<String, Crew> crewByRoute, List<Crew> crews, Locations places) {

    public BuiltPlan withPlan(DispatchPlan solved) {
        return new BuiltPlan(solved, input, requestByJob, crewByRoute, crews, places);
    }
}
