package io.fleet.dispatch.routing;

import java.util.List;

/**
 * A recorded track laid onto the roads: the road geometry the vehicle most likely drove, its length and time by the
 * profile, and the straight-line length of the raw track for comparison.
 */
public record MatchedTrack(RoadProfile profile, double distanceMeters, double timeSeconds, double trackMeters,
        List<LatLon> geometry) {
}
