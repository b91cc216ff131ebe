package io.fleet.protocoltests.simulator;

import com.graphhopper.util.PointList;

/** One drive along a road route: positions by distance travelled, and the heading at each point. */
public final class Leg {

    private static final double EARTH_RADIUS_M = 6_371_000;

    private final double[] lat;
    private final double[] lon;
    private final double[] cumulative;

    private Leg(double[] lat, double[] lon) {
        this.lat = lat;
        this.lon = lon;
        this.cumulative = new double[lat.length];
        for (int i = 1; i < lat.length; i++) {
            cumulative[i] = cumulative[i - 1] + distanceM(lat[i - 1], lon[i - 1], lat[i], lon[i]);
        }
    }

    static Leg of(PointList points) {
        double[] lat = new double[points.size()];
        double[] lon = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            lat[i] = points.getLat(i);
            lon[i] = points.getLon(i);
        }
        return new Leg(lat, lon);
    }

    public static Leg through(double[]... latLon) {
        double[] lat = new double[latLon.length];
        double[] lon = new double[latLon.length];
        for (int i = 0; i < latLon.length; i++) {
            lat[i] = latLon[i][0];
            lon[i] = latLon[i][1];
        }
        return new Leg(lat, lon);
    }

    public double lengthM() {
        return cumulative[cumulative.length - 1];
    }

    public double[] end() {
        return new double[] {lat[lat.length - 1], lon[lon.length - 1]};
    }

    /** {lat, lon, course in degrees} after {@code metres} along the leg (clamped to its ends). */
    public double[] at(double metres) {
        double d = Math.max(0, Math.min(metres, lengthM()));
        int i = 1;
        while (i < cumulative.length - 1 && cumulative[i] < d) {
            i++;
        }
        double segment = cumulative[i] - cumulative[i - 1];
        double f = segment == 0 ? 0 : (d - cumulative[i - 1]) / segment;
        double la = lat[i - 1] + f * (lat[i] - lat[i - 1]);
        double lo = lon[i - 1] + f * (lon[i] - lon[i - 1]);
        return new double[] {la, lo, course(lat[i - 1], lon[i - 1], lat[i], lon[i])};
    }

    static double distanceM(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }

    static double course(double lat1, double lon1, double lat2, double lon2) {
        double y = Math.sin(Math.toRadians(lon2 - lon1)) * Math.cos(Math.toRadians(lat2));
        double x = Math.cos(Math.toRadians(lat1)) * Math.sin(Math.toRadians(lat2))
                - Math.sin(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.cos(Math.toRadians(lon2 - lon1));
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
