package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.RouteTimeline;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * The warm start the solver improves on: jobs in order of priority and urgency, each put where it adds the least
 * driving (and lateness) without breaking a hard rule, or left unserved. OptaPlanner's own construction heuristics
 * place one stop at a time, so they cannot keep a pickup and its drop-off together; this places both at once.
 */
public final class CheapestInsertion {

    /** Opening an unused vehicle costs this much more than any detour when vehicles are counted (Li &amp; Lim). */
    private static final long OPEN_VEHICLE = 1_000_000_000L;

    private CheapestInsertion() {
    }

    /** Inserts every job now on the unserved list that fits somewhere. */
    public static void apply(DispatchPlan plan) {
        Route unserved = plan.unservedRoute();
        List<Stop> waiting = new ArrayList<>(unserved.stops().stream().filter(Stop::pickup).toList());
        waiting.sort(Comparator.comparingLong((Stop p) -> -p.job().unservedWeight())
                .thenComparingLong(Stop::due).thenComparing(Stop::id));
        for (Stop pickup : waiting) {
            Insertion best = best(plan, pickup);
            if (best != null) {
                unserved.stops().remove(pickup);
                unserved.stops().remove(pickup.partner());
                best.route.stops().add(best.pickupIndex, pickup);
                best.route.stops().add(best.dropoffIndex, pickup.partner());
            }
        }
    }

    /** The soft cost of a route as the constraints weigh it, for comparing insertions. */
    static long cost(Route route, RouteTimeline t) {
        return route.distanceWeight() * t.totalMetres() + route.emptyWeight() * t.emptyMetres()
                + t.weightedLateness();
    }

    record Insertion(Route route, int pickupIndex, int dropoffIndex, long cost) {
    }

    /** The cheapest feasible place for a job among the vehicles' routes, or null when it fits nowhere. */
    public static Insertion best(DispatchPlan plan, Stop pickup) {
        return best(plan, pickup, null);
    }

    /** As {@link #best(DispatchPlan, Stop)}, never into {@code excluded} (a route being emptied). */
    static Insertion best(DispatchPlan plan, Stop pickup, Route excluded) {
        Insertion best = null;
        Job job = pickup.job();
        for (Route route : plan.routes()) {
            if (route == excluded || !job.eligibleFor(route)) {
                continue;
            }
            List<Stop> stops = route.stops();
            RouteTimeline before = route.timeline();
            long opening = stops.isEmpty() && route.usageCost() > 0 ? OPEN_VEHICLE * route.usageCost() : 0;
            List<Stop> candidate = new ArrayList<>(stops.size() + 2);
            for (int i = 0; i <= stops.size(); i++) {
                // The stops before i keep their times, so the pickup's arrival here is known: skip if already late.
                long leave = i == 0 ? route.availableFrom() : before.start(i - 1) + stops.get(i - 1).service();
                int from = i == 0 ? route.startLocation() : stops.get(i - 1).location();
                if (leave + route.costs().seconds(from, pickup.location()) > pickup.due()) {
                    continue;
                }
                for (int j = i + 1; j <= stops.size() + 1; j++) {
                    candidate.clear();
                    candidate.addAll(stops);
                    candidate.add(i, pickup);
                    candidate.add(j, pickup.partner());
                    RouteTimeline after = RouteTimeline.of(route, candidate);
                    if (!after.feasible(route)) {
                        continue;
                    }
                    long cost = opening + cost(route, after) - cost(route, before);
                    if (best == null || cost < best.cost) {
                        best = new Insertion(route, i, j, cost);
                    }
                }
            }
        }
        return best;
    }
}
