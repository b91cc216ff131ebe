package io.fleet.dispatch.routing;

/** Where a point meets the nearest road the profile may use, and how far away that road is. */
public record SnappedPoint(LatLon point, LatLon road, double distanceMeters) {
}
