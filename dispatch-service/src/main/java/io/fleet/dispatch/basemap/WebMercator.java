package io.fleet.dispatch.basemap;

/** The projection of slippy-map tiles (EPSG:3857) as fractions of the world: x, y in 0..1, y growing southwards. */
final class WebMercator {

    static final double MAX_LAT = 85.0511287798;

    private WebMercator() {
    }

    static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
