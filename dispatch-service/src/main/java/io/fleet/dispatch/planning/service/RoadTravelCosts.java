package io.fleet.dispatch.planning.service;

import java.util.List;

import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.routing.LatLon;
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
        if (origins.isEmpty() || destinations.isEmpty()) {
            return out;
        }
        TravelMatrix m = routing.matrix(RoadProfile.CAR, origins, destinations);
        for (int i = 0; i < origins.size(); i++) {
            for (int j = 0; j < destinations.size(); j++) {
                Double s = m.seconds(i, j);
                Double d = m.metres(i, j);
                out[0][i][j] = s == null ? UNREACHABLE_SECONDS : Math.round(s);
                out[1][i][j] = d == null ? UNREACHABLE_METRES : Math.round(d);
            }
        }
        return out;
    }
}
