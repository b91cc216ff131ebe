package io.fleet.dispatch.planning.service;

import java.util.List;

import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.routing.LatLon;

/** Travel costs between every pair of a plan's places. */
@FunctionalInterface
public interface TravelCostSource {

    /** Seconds and metres where no road connects two places: never feasible, never chosen. */
    long UNREACHABLE_SECONDS = 10_000_000;
    long UNREACHABLE_METRES = 1_000_000_000;

    TravelCosts between(List<LatLon> points);

    /** A routing matrix cell in whole seconds; null (no road) becomes {@link #UNREACHABLE_SECONDS}. */
    static long seconds(Double cell) {
        return cell == null ? UNREACHABLE_SECONDS : Math.round(cell);
    }

    /** A routing matrix cell in whole metres; null (no road) becomes {@link #UNREACHABLE_METRES}. */
    static long metres(Double cell) {
        return cell == null ? UNREACHABLE_METRES : Math.round(cell);
    }

    /** Seconds ([0]) and metres ([1]) from each origin (row) to each destination (column). */
    default long[][][] rectangle(List<LatLon> origins, List<LatLon> destinations) {
        List<LatLon> all = new java.util.ArrayList<>(origins);
        all.addAll(destinations);
        TravelCosts square = between(all);
        long[][][] out = new long[2][origins.size()][destinations.size()];
        for (int i = 0; i < origins.size(); i++) {
            for (int j = 0; j < destinations.size(); j++) {
                out[0][i][j] = square.seconds(i, origins.size() + j);
                out[1][i][j] = square.metres(i, origins.size() + j);
            }
        }
        return out;
    }
}
