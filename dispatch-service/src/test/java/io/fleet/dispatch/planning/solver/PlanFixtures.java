package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.fleet.dispatch.planning.domain.Commitment;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;

/**
 * Small hand-made plans. Places on a line, 0 to 4, each 600 s and 6,000 m from the next (10 m/s); place 0 is the
 * depot / home lot. Times are seconds from 08:00.
 */
final class PlanFixtures {

    static final int PLACES = 5;
    static final long LEG_S = 600;
    static final long LEG_M = 6_000;
    static final long DAY = 12 * 3600;
    static final TravelCosts COSTS = line();

    private PlanFixtures() {
    }

    private static TravelCosts line() {
        long[][] s = new long[PLACES][PLACES];
        long[][] m = new long[PLACES][PLACES];
        for (int i = 0; i < PLACES; i++) {
            for (int j = 0; j < PLACES; j++) {
                s[i][j] = LEG_S * Math.abs(i - j);
                m[i][j] = LEG_M * Math.abs(i - j);
            }
        }
        return new TravelCosts(s, m);
    }

    static Job job(String id, int passengers) {
        return job(id, passengers, null, null);
    }

    static Job job(String id, int passengers, BitSet eligible, String previousRoute) {
        return new Job(id, 0, id, passengers, 1_000, 2, 0, eligible, previousRoute, 5_000, LEG_M, 0, true);
    }

    static Job exclusive(String id, int passengers) {
        return new Job(id, 0, id, passengers, 1_000, 2, 0, null, null, 5_000, LEG_M, 0, false);
    }

    /** A job from place {@code from} to {@code to}, pickup allowed in [ready, due]. */
    static Stop[] trip(Job job, int from, long ready, long due, int to) {
        return Stop.pair(job, from, ready, due, 60, to, 0, Long.MAX_VALUE, 60);
    }

    static RouteBuilder route(String id, int index) {
        return new RouteBuilder(id, index);
    }

    static final class RouteBuilder {
        private final String id;
        private final int index;
        private int capacity = 4;
        private long shiftEnd = DAY;
        private long workLimit = DAY;
        private long range = Long.MAX_VALUE;
        private boolean newEnergy = true;
        private long usage;
        private long distanceWeight;
        private long emptyWeight = 1;
        private Long driverId = 1L;
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<Stop> stops = new ArrayList<>();

        RouteBuilder(String id, int index) {
            this.id = id;
            this.index = index;
        }

        RouteBuilder capacity(int seats) {
            capacity = seats;
            return this;
        }

        RouteBuilder shiftEnd(long t) {
            shiftEnd = t;
            return this;
        }

        RouteBuilder workLimit(long seconds) {
            workLimit = seconds;
            return this;
        }

        RouteBuilder fuel() {
            newEnergy = false;
            return this;
        }

        RouteBuilder range(long metres) {
            range = metres;
            return this;
        }

        RouteBuilder usage(long cost) {
            usage = cost;
            return this;
        }

        RouteBuilder distanceWeight(long weight) {
            distanceWeight = weight;
            emptyWeight = 0;
            return this;
        }

        RouteBuilder commitment(long start, long end, int from, int to) {
            commitments.add(new Commitment(99, start, end, from, to));
            return this;
        }

        RouteBuilder stops(Stop... s) {
            stops.addAll(List.of(s));
            return this;
        }

        Route build() {
            Route route = new Route(id, index, (long) index + 1, "浙A·D000" + index, driverId, "driver " + index,
                    capacity, 0, 0, 0, shiftEnd, workLimit, range, newEnergy, usage, distanceWeight, emptyWeight,
                    commitments, COSTS);
            route.stops().addAll(stops);
            return route;
        }
    }

    static DispatchPlan plan(List<Job> jobs, List<Route> routes) {
        List<Stop> stops = new ArrayList<>();
        for (Route r : routes) {
            stops.addAll(r.stops());
        }
        return new DispatchPlan(COSTS, jobs, routes, stops);
    }
}
