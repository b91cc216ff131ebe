package io.fleet.dispatch.planning.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.RouteTimeline;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * The rule dispatchers use without a planner, as the baseline: requests in order of their pickup time, each given to
 * the suitable free car that reaches the pickup first (after finishing what it already has), never reordering
 * earlier assignments and never sharing rides. Judged by the same rules as the planner.
 */
public final class GreedyDispatch {

    private GreedyDispatch() {
    }

    public static void apply(DispatchPlan plan) {
        Route unserved = plan.unservedRoute();
        List<Stop> pickups = new ArrayList<>(unserved.stops().stream().filter(Stop::pickup).toList());
        pickups.sort(Comparator.comparingLong(Stop::ready).thenComparing(Stop::id));
        for (Stop pickup : pickups) {
            Route best = null;
            long bestArrival = Long.MAX_VALUE;
            for (Route route : plan.routes()) {
                if (route.unserved() || !pickup.job().eligibleFor(route)) {
                    continue;
                }
                List<Stop> after = new ArrayList<>(route.stops());
                after.add(pickup);
                after.add(pickup.partner());
                RouteTimeline t = RouteTimeline.of(route, after);
                if (!t.feasible(route)) {
                    continue;
                }
                long arrival = t.arrival(after.size() - 2);
                if (arrival < bestArrival) {
                    best = route;
                    bestArrival = arrival;
                }
            }
            if (best != null) {
                unserved.stops().remove(pickup);
                unserved.stops().remove(pickup.partner());
                best.stops().add(pickup);
                best.stops().add(pickup.partner());
            }
        }
    }
}
