package io.fleet.dispatch.routing;

import java.util.List;

/** A road route: metres, seconds, and the road geometry from the snapped start to the snapped end. */
public record Route(RoadProfile profile, double distanceMeters, double timeSeconds, List<LatLon> geometry) {
}
