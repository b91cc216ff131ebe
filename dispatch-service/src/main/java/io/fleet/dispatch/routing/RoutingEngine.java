package io.fleet.dispatch.routing;

import java.util.List;

import com.graphhopper.util.shapes.GHPoint3D;

/**
 * Everything routing offers on one loaded road network: routes, matrices, snapping and map matching. Plain Java so
 * that tests and benchmarks run it without the Quarkus application; {@link RoutingService} is its CDI face.
 */
public final class RoutingEngine implements AutoCloseable {

    private final RoadNetwork network;
    private final RouteFinder routes;
    private final TravelTimeMatrix matrix;
    private final TrackMatcher matcher;

    public RoutingEngine(RoadNetwork network, int matrixThreads, int matrixCacheSize) {
        this.network = network;
        this.routes = new RouteFinder(network);
        this.matrix = new TravelTimeMatrix(network, matrixThreads, matrixCacheSize);
        this.matcher = new TrackMatcher(network);
    }

    public Route route(RoadProfile profile, LatLon from, LatLon to) {
        return routes.route(profile, from, to);
    }

    public TravelMatrix matrix(RoadProfile profile, List<LatLon> origins, List<LatLon> destinations) {
        return matrix.compute(profile, origins, destinations);
    }

    public SnappedPoint snap(RoadProfile profile, LatLon point) {
        var snap = network.snap(profile, point)
                .orElseThrow(() -> new OffMapException("point", point, network.maxSnapDistance()));
        GHPoint3D road = snap.getSnappedPoint();
        return new SnappedPoint(point, LatLon.of(road.lat, road.lon), snap.getQueryDistance());
    }

    public MatchedTrack match(RoadProfile profile, List<LatLon> track, Double gpsErrorMeters, String field) {
        return matcher.match(profile, track, gpsErrorMeters == null ? TrackMatcher.DEFAULT_GPS_ERROR : gpsErrorMeters, field);
    }

    public RoadNetwork network() {
        return network;
    }

    public TravelTimeMatrix matrix() {
        return matrix;
    }

    @Override
    public void close() {
        matrix.close();
        network.close();
    }
}
