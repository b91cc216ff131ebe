package io.fleet.dispatch.routing;

import java.util.ArrayList;
import java.util.List;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.PointList;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.PointNotFoundException;

/** A→B routes through GraphHopper's own request API (CH), every response checked for errors. */
public final class RouteFinder {

    private final RoadNetwork network;

    public RouteFinder(RoadNetwork network) {
        this.network = network;
    }

    public Route route(RoadProfile profile, LatLon from, LatLon to) {
        // Our own snap first: it applies the snap distance and names the bad point.
        requireOnMap(profile, from, "from");
        requireOnMap(profile, to, "to");
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(profile.key());
        request.putHint(Parameters.Routing.INSTRUCTIONS, false);
        GHResponse response = network.hopper().route(request);
        if (response.hasErrors()) {
            throw translate(response.getErrors(), from, to);
        }
        ResponsePath best = response.getBest();
        return new Route(profile, best.getDistance(), best.getTime() / 1000.0, points(best.getPoints()));
    }

    private void requireOnMap(RoadProfile profile, LatLon point, String field) {
        if (network.snap(profile, point).isEmpty()) {
            throw new OffMapException(field, point, network.maxSnapDistance());
        }
    }

    private RuntimeException translate(List<Throwable> errors, LatLon from, LatLon to) {
        for (Throwable error : errors) {
            if (error instanceof PointNotFoundException notFound) {
                boolean first = notFound.getPointIndex() == 0;
                return new OffMapException(first ? "from" : "to", first ? from : to, network.maxSnapDistance());
            }
            if (error instanceof ConnectionNotFoundException) {
                return new NoRouteException("no road connects the two points: " + error.getMessage());
            }
        }
        return new IllegalStateException("routing failed: " + errors);
    }

    static List<LatLon> points(PointList points) {
        List<LatLon> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(LatLon.of(points.getLat(i), points.getLon(i)));
        }
        return out;
    }
}
