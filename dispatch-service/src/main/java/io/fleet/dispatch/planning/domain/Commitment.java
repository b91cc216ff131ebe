package io.fleet.dispatch.planning.domain;

/**
 * A trip the vehicle already carries and that the planner must not move: accepted by the driver or under way.
 * The vehicle is busy from {@code start} (leaving for the pickup) to {@code end} (done at the last place), in plan
 * seconds.
 */
public record Commitment(long requestId, long start, long end, int startLocation, int endLocation) {
}
