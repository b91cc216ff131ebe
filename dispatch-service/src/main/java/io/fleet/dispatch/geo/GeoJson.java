package io.fleet.dispatch.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problems;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON (RFC 7946, WGS-84 longitude/latitude) to and from JTS, for the geometries people send and see. Invalid
 * input is refused as a 400 naming the field, never passed on to PostGIS.
 */
public final class GeoJson {

    public static final int WGS84 = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private GeoJson() {
    }

    /** A GeoJSON Polygon object, e.g. a vehicle's home parking lot. Holes are accepted. */
    public static Polygon polygon(String field, Map<String, Object> geoJson) {
        if (geoJson == null) {
            return null;
        }
        if (!"Polygon".equals(geoJson.get("type"))) {
            throw Problems.badField(field, "a GeoJSON Polygon is expected");
        }
        if (!(geoJson.get("coordinates") instanceof List<?> rings) || rings.isEmpty()) {
            throw Problems.badField(field, "a Polygon needs at least one ring of coordinates");
        }
        List<LinearRing> parsed = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            parsed.add(ring(field + ".coordinates[" + r + "]", rings.get(r)));
        }
        Polygon polygon = FACTORY.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
        if (!polygon.isValid()) {
            throw Problems.badField(field, "the polygon intersects itself or its holes lie outside it");
        }
        return polygon;
    }

    public static Map<String, Object> of(Polygon polygon) {
        if (polygon == null) {
            return null;
        }
        List<List<double[]>> rings = new ArrayList<>();
        rings.add(coordinates(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(coordinates(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return Map.of("type", "Polygon", "coordinates", rings);
    }

    private static LinearRing ring(String field, Object value) {
        if (!(value instanceof List<?> points) || points.size() < 4) {
            throw Problems.badField(field, "a ring needs at least 4 positions, the last equal to the first");
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = position(field + "[" + i + "]", points.get(i));
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw Problems.badField(field, "a ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(String field, Object value) {
        if (!(value instanceof List<?> pair) || pair.size() < 2
                || !(pair.get(0) instanceof Number lon) || !(pair.get(1) instanceof Number lat)) {
            throw Problems.badField(field, "a position is [longitude, latitude]");
        }
        double x = lon.doubleValue();
        double y = lat.doubleValue();
        if (x < -180 || x > 180 || y < -90 || y > 90 || Double.isNaN(x) || Double.isNaN(y)) {
            throw Problems.badField(field, "longitude must be within ±180 and latitude within ±90");
        }
        return new Coordinate(x, y);
    }

    private static List<double[]> coordinates(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(new double[] {c.x, c.y});
        }
        return out;
    }
}
