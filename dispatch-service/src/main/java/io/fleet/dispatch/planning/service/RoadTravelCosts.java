package io.fleet.dispatch.planning.service;

import java.util.List;

import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.routing.OffMapException;
import io.fleet.dispatch.routing.RoadProfile;
import io.fleet.dispatch.routing.RoutingService;
import io.fleet.dispatch.routing.TravelMatrix;
import jakarta.enterprise.context.ApplicationScoped;

/** Road travel times and distances from the routing service (GraphHopper on the configured extract). */
@ApplicationScoped
public class RoadTravelCosts implements TravelCostSource {

    private final RoutingService routing;

    RoadTravelCosts(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public TravelCosts between(List<LatLon> points) {
        int n = points.size();
        if (n == 0) {
            return new TravelCosts(new long[0][0], new long[0][0]);
        }
        long[][][] cells = rectangle(points, points);
        for (int i = 0; i < n; i++) {
            cells[0][i][i] = 0;
            cells[1][i][i] = 0;
        }
        return new TravelCosts(cells[0], cells[1]);
    }

    @Override
    public long[][][] rectangle(List<LatLon> origins, List<LatLon> destinations) {
        long[][][] out = new long[2][origins.size()][destinations.size()];
        for (long[][] level : out) {
            for (long[] row : level) {
                java.util.Arrays.fill(row, level == out[0] ? UNREACHABLE_SECONDS : UNREACHABLE_METRES);
            }
        }
        List<Integer> from = onMap(origins);
        List<Integer> to = onMap(destinations);
        if (from.isEmpty() || to.isEmpty()) {
            return out;
        }
        TravelMatrix m = routing.matrix(RoadProfile.CAR, from.stream().map(origins::get).toList(),
                to.stream().map(destinations::get).toList());
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                out[0][from.get(i)][to.get(j)] = TravelCostSource.seconds(m.seconds(i, j));
                out[1][from.get(i)][to.get(j)] = TravelCostSource.metres(m.metres(i, j));
            }
        }
        return out;
    }

    /**
     * Indexes of the points near a road. A request placed off the map (a typo in its coordinates) must not stop the
     * whole plan: its places become unreachable, so it stays unserved and the plan says so.
     */
    private List<Integer> onMap(List<LatLon> points) {
        List<Integer> on = new java.util.ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            try {
                routing.snap(RoadProfile.CAR, points.get(i));
                on.add(i);
            } catch (OffMapException e) {
                // unreachable
            }
        }
        return on;
    }
}
