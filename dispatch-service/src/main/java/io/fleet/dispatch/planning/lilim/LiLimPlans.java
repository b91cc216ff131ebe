package io.fleet.dispatch.planning.lilim;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;

/**
 * Turns a Li &amp; Lim instance into the dispatch planning model: one route per available vehicle from and back to the
 * depot, one job per pickup/delivery pair; Euclidean distance is also the travel time. Units are scaled by
 * {@link #SCALE} into the model's whole numbers, travel times rounded up so that a plan feasible here is feasible in
 * exact arithmetic; vehicles cost on the medium level (fewest vehicles first), distance on the soft level.
 */
public final class LiLimPlans {

    public static final long SCALE = 1000;

    private LiLimPlans() {
    }

    public static DispatchPlan plan(LiLimInstance instance) {
        int n = instance.nodes().size();
        long[][] seconds = new long[n][n];
        long[][] metres = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = instance.distance(i, j) * SCALE;
                seconds[i][j] = (long) Math.ceil(d - 1e-9);
                metres[i][j] = Math.round(d);
            }
        }
        LiLimInstance.Node depot = instance.nodes().get(0);
        TravelCosts costs = new TravelCosts(seconds, metres);
        List<Job> jobs = new ArrayList<>();
        List<Stop> stops = new ArrayList<>();
        for (LiLimInstance.Node p : instance.nodes()) {
            if (!p.isPickup()) {
                continue;
            }
            LiLimInstance.Node d = instance.nodes().get(p.delivery());
            Job job = new Job("n" + p.id(), p.id(), "pickup " + p.id() + " → delivery " + d.id(), p.demand(),
                    1_000_000, 0, 0, null, null, 0, metres[p.id()][d.id()], 0, true);
            jobs.add(job);
            Stop[] pair = Stop.pair(job, p.id(), scaled(p.earliest()), scaled(p.latest()), scaled(p.service()),
                    d.id(), scaled(d.earliest()), scaled(d.latest()), scaled(d.service()));
            stops.add(pair[0]);
            stops.add(pair[1]);
        }
        List<Route> routes = new ArrayList<>();
        for (int v = 0; v < instance.vehicles(); v++) {
            routes.add(new Route("v" + (v + 1), v, null, "vehicle " + (v + 1), null, null, instance.capacity(), 0, 0,
                    scaled(depot.earliest()), scaled(depot.latest()), Long.MAX_VALUE, Long.MAX_VALUE, false, 1, 1, 0,
                    List.of(), costs));
        }
        Route unserved = Route.unservedStops(routes.size(), costs);
        unserved.stops().addAll(stops);
        routes.add(unserved);
        return new DispatchPlan(costs, jobs, routes, stops);
    }

    private static long scaled(double value) {
        return Math.round(value * SCALE);
    }
}
