package io.fleet.dispatch.routing;

/** A route as the API returns it. */
public record RouteView(String profile, double distanceMeters, double timeSeconds, LineString geometry) {

    static RouteView of(Route route) {
        return new RouteView(route.profile().key(), route.distanceMeters(), route.timeSeconds(), LineString.of(route.geometry()));
    }
}
