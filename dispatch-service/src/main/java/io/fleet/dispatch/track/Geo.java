package io.fleet.dispatch.track;

/** Great-circle distance on the WGS-84 mean sphere; good to well under 0.5 % at the distances a car covers. */
public final class Geo {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** km/h needed to go from one fix to the other; infinite when the times are equal and the places are not. */
    public static double impliedKmh(double metres, long millis) {
        if (millis <= 0) {
            return metres > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return metres / millis * 3600.0;
    }
}
