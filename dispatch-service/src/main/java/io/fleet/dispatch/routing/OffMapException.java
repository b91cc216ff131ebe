package io.fleet.dispatch.routing;

/** A point with no usable road near it; {@code field} names it the way the request did ("from", "origins[3]"). */
public class OffMapException extends RuntimeException {

    private final String field;

    public OffMapException(String field, LatLon point, double maxSnapDistance) {
        super(String.format(java.util.Locale.ROOT, "%.6f,%.6f is not within %.0f m of a road on the map",
                point.lat(), point.lon(), maxSnapDistance), null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
