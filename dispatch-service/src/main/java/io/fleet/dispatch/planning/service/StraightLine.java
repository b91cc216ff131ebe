package io.fleet.dispatch.planning.service;

import io.fleet.dispatch.routing.LatLon;

/** Great-circle distance, to pick candidates before asking the road network. */
final class StraightLine {

    /** Roads are about a third longer than the straight line in a city. */
    static final double DETOUR = 1.35;
    /** Metres per second, 30 km/h. */
    static final double CITY_SPEED = 8.33;

    private StraightLine() {
    }

    static double metres(LatLon a, LatLon b) {
        double r = 6_371_000;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
