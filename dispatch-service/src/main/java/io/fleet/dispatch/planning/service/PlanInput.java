package io.fleet.dispatch.planning.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.trip.TripRequest;

/**
 * Everything a plan is built from, read at one moment.
 *
 * @param epoch       plan second 0 (the start of the planned day, China Standard Time)
 * @param now         nothing can start before this
 * @param crews       vehicles with their drivers and working hours
 * @param positions   vehicle id → where it is now (fresh live positions only)
 * @param open        requests to plan: approved, scheduled, and emergencies not yet approved
 * @param commitments accepted and under-way requests: fixed on their vehicles
 */
public record PlanInput(Instant epoch, Instant now, List<Crew> crews, Map<Long, LatLon> positions,
        List<TripRequest> open, List<TripRequest> commitments, Duration boarding, Duration stay) {
}
