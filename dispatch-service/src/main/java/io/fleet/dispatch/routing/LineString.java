package io.fleet.dispatch.routing;

import java.util.List;

/** A GeoJSON LineString ([lon, lat] pairs), so maps and GIS tools take routes as they are. */
public record LineString(String type, List<double[]> coordinates) {

    public static LineString of(List<LatLon> points) {
        return new LineString("LineString", points.stream().map(p -> new double[] {p.lon(), p.lat()}).toList());
    }
}
