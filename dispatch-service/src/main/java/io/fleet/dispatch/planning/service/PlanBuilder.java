package io.fleet.dispatch.planning.service;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Point;

import io.fleet.dispatch.planning.domain.Commitment;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;
import io.fleet.dispatch.planning.solver.CheapestInsertion;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.trip.AssignmentRules;
import io.fleet.dispatch.trip.Destination;
import io.fleet.dispatch.trip.RuleBreak;
import io.fleet.dispatch.trip.TripRequest;
import io.fleet.dispatch.trip.TripState;
import io.fleet.dispatch.vehicle.Energy;

/**
 * Turns requests, crews and positions into the planning model: one route per crew starting where the car is (live
 * position, else its home lot) and ending at its home lot, one job per request from its pickup to its last place
 * (the pickup again when the car waits and returns), accepted trips as fixed commitments, travel costs for every
 * pair of places. Scheduled trips start on the vehicle they have; the rest are inserted cheapest-first.
 */
public final class PlanBuilder {

    /** Seconds at an intermediate destination. */
    private static final long VIA_STOP = 120;
    private static final long DROPOFF = 60;

    private PlanBuilder() {
    }

    public static BuiltPlan build(PlanInput in, TravelCostSource source) {
        return build(in, source, true);
    }

    /** @param warmStart insert unplaced jobs cheapest-first (false: leave them unserved, for a baseline to fill) */
    public static BuiltPlan build(PlanInput in, TravelCostSource source, boolean warmStart) {
        Locations places = new Locations();
        List<Crew> crews = new ArrayList<>();
        Map<Crew, int[]> ends = new LinkedHashMap<>();
        for (Crew crew : in.crews()) {
            LatLon home = home(crew);
            LatLon start = start(in, crew);
            if (start == null) {
                continue; // neither a position nor a home lot: nowhere to plan from
            }
            crews.add(crew);
            ends.put(crew, new int[] {places.add(start), home == null ? -1 : places.add(home)});
        }
        Map<TripRequest, int[]> tripPlaces = new LinkedHashMap<>();
        for (TripRequest t : concat(in.open(), in.commitments())) {
            tripPlaces.put(t, places(t, places));
        }
        TravelCosts costs = source.between(places.points());
        long nowSeconds = seconds(in, in.now());

        List<Route> routes = new ArrayList<>();
        Map<String, Crew> crewByRoute = new HashMap<>();
        for (int i = 0; i < crews.size(); i++) {
            Crew crew = crews.get(i);
            int[] e = ends.get(crew);
            List<Commitment> fixed = new ArrayList<>();
            // Leave inside the shift: the car stays at home (request id 0 marks it).
            int home = e[1] >= 0 ? e[1] : e[0];
            for (long[] off : crew.breaks()) {
                fixed.add(new Commitment(0, off[0], off[1], home, home));
            }
            for (TripRequest t : in.commitments()) {
                if (crew.vehicle().id.equals(t.vehicleId)) {
                    fixed.add(commitment(in, t, tripPlaces.get(t), costs));
                }
            }
            boolean newEnergy = crew.vehicle().energy == Energy.NEW_ENERGY;
            long range = newEnergy && crew.vehicle().batteryRangeKm != null
                    ? crew.vehicle().batteryRangeKm * 1000L : Long.MAX_VALUE;
            Route route = new Route(crew.routeId(), i, crew.vehicle().id, crew.vehicle().plate, crew.driver().id,
                    crew.driver().name, Math.max(0, crew.vehicle().seats - 1), e[0], e[1],
                    Math.max(crew.shiftStart(), nowSeconds), crew.shiftEnd(), crew.driver().dailyLimitMinutes * 60L,
                    range, newEnergy, 0, 0, 1, fixed, costs);
            routes.add(route);
            crewByRoute.put(route.id(), crew);
        }

        List<Job> jobs = new ArrayList<>();
        List<Stop> stops = new ArrayList<>();
        Map<String, TripRequest> requestByJob = new HashMap<>();
        Map<String, Stop> pickupByRoute = new HashMap<>();
        List<Stop[]> placed = new ArrayList<>();
        Route unserved = Route.unservedStops(routes.size(), costs);
        for (TripRequest t : in.open()) {
            Stop[] pair = stops(t, tripPlaces.get(t), costs, in, crews);
            Job job = pair[0].job();
            String previous = job.previousRouteId();
            jobs.add(job);
            stops.add(pair[0]);
            stops.add(pair[1]);
            requestByJob.put(job.id(), t);
            Route current = previous == null ? null : routes.stream().filter(r -> r.id().equals(previous))
                    .findFirst().orElse(null);
            if (current != null) {
                placed.add(new Stop[] {pair[0], pair[1]});
                pickupByRoute.put(job.id(), pair[0]);
            } else {
                unserved.stops().add(pair[0]);
                unserved.stops().add(pair[1]);
            }
        }
        // Scheduled trips start where the dispatcher put them, in time order.
        placed.sort(Comparator.comparingLong(p -> p[0].ready()));
        for (Stop[] pair : placed) {
            String routeId = pair[0].job().previousRouteId();
            Route route = routes.stream().filter(r -> r.id().equals(routeId)).findFirst().orElseThrow();
            route.stops().add(pair[0]);
            route.stops().add(pair[1]);
        }
        routes.add(unserved);
        DispatchPlan plan = new DispatchPlan(costs, jobs, routes, stops);
        if (warmStart) {
            CheapestInsertion.apply(plan);
        }
        return new BuiltPlan(plan, in, requestByJob, crewByRoute, crews, places);
    }

    /** The pickup and drop-off of one request, with its weights, eligible crews and the trip beyond the model's leg. */
    static Stop[] stops(TripRequest t, int[] idx, TravelCosts costs, PlanInput in, List<Crew> crews) {
        Leg leg = leg(t, idx, costs, in);
        int last = t.waitAndReturn ? idx[0] : idx[idx.length - 1];
        String previous = t.state == TripState.SCHEDULED && t.vehicleId != null ? "v" + t.vehicleId : null;
        Job job = new Job("r" + t.id, t.id, t.pickupPlace, t.passengers, Priorities.unserved(t.category),
                Priorities.lateness(t.category), seconds(in, t.windowStart.toInstant()), eligible(t, crews),
                previous, Priorities.MOVE, costs.metres(idx[0], last), leg.extraMetres, t.shareable);
        return Stop.pair(job, idx[0], seconds(in, t.windowStart.toInstant()),
                seconds(in, t.windowEnd.toInstant()), in.boarding().toSeconds() + leg.extraSeconds, last,
                Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, DROPOFF);
    }

    /** The places of a request: pickup, then each destination. */
    static int[] places(TripRequest t, Locations places) {
        int[] idx = new int[t.destinations.size() + 1];
        idx[0] = places.add(centre(t.pickupPoint));
        for (int i = 0; i < t.destinations.size(); i++) {
            Destination d = t.destinations.get(i);
            idx[i + 1] = places.add(LatLon.of(d.lat(), d.lon()));
        }
        return idx;
    }

    record Leg(long extraSeconds, long extraMetres) {
    }

    /**
     * The part of a trip the model does not see as a leg of its own: via intermediate destinations, and for a car
     * that waits and returns, the drive out, the stay and the drive back (its drop-off is the pickup place).
     */
    static Leg leg(TripRequest t, int[] idx, TravelCosts costs, PlanInput in) {
        long seconds = 0;
        long metres = 0;
        for (int i = 1; i < idx.length; i++) {
            seconds += costs.seconds(idx[i - 1], idx[i]);
            metres += costs.metres(idx[i - 1], idx[i]);
        }
        seconds += VIA_STOP * Math.max(0, idx.length - 2);
        int last = idx[idx.length - 1];
        if (t.waitAndReturn) {
            seconds += costs.seconds(last, idx[0]) + in.stay().toSeconds();
            metres += costs.metres(last, idx[0]);
            // The model's own leg is pickup → pickup: nothing.
            return new Leg(seconds, metres);
        }
        return new Leg(seconds - costs.seconds(idx[0], last), metres - costs.metres(idx[0], last));
    }

    static Commitment commitment(PlanInput in, TripRequest t, int[] idx, TravelCosts costs) {
        long start = seconds(in, t.windowStart.toInstant());
        Leg leg = leg(t, idx, costs, in);
        int last = t.waitAndReturn ? idx[0] : idx[idx.length - 1];
        long end = start + in.boarding().toSeconds() + leg.extraSeconds + costs.seconds(idx[0], last) + DROPOFF;
        if (t.state == TripState.UNDER_WAY) {
            end = Math.max(end, seconds(in, in.now()));
        }
        return new Commitment(t.id, start, end, idx[0], last);
    }

    /**
     * The crews the request may use: the same rules the dispatcher is shown (pool and category, agency, status,
     * licence), seats aside — the solver counts seats with shared rides.
     */
    private static BitSet eligible(TripRequest t, List<Crew> crews) {
        BitSet allowed = new BitSet(crews.size());
        for (int i = 0; i < crews.size(); i++) {
            Crew c = crews.get(i);
            List<RuleBreak> breaks = AssignmentRules.check(t, c.vehicle(), c.driver(), List.of(), List.of());
            if (breaks.stream().allMatch(b -> b.rule().equals(AssignmentRules.SEATS))) {
                allowed.set(i);
            }
        }
        return allowed;
    }

    static long seconds(PlanInput in, java.time.Instant at) {
        return at.getEpochSecond() - in.epoch().getEpochSecond();
    }

    /** Where the car starts: its fresh live position, else its home lot; null when it has neither. */
    static LatLon start(PlanInput in, Crew crew) {
        LatLon live = in.positions().get(crew.vehicle().id);
        return live != null ? live : home(crew);
    }

    static LatLon home(Crew crew) {
        return crew.vehicle().homeLot == null ? null : centre(crew.vehicle().homeLot.getCentroid());
    }

    static LatLon centre(Point p) {
        return LatLon.of(p.getY(), p.getX());
    }

    private static List<TripRequest> concat(List<TripRequest> a, List<TripRequest> b) {
        List<TripRequest> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
