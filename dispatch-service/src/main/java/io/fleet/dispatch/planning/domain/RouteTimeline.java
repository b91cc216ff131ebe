package io.fleet.dispatch.planning.domain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One route driven on paper: when the vehicle reaches each stop, who is aboard, how far it drove, and by how much
 * each rule is broken. The constraints score it, the warm start and the immediate proposals use it to try
 * insertions, and the API shows its times, so all of them judge a route the same way.
 */
public final class RouteTimeline {

    private final long[] arrival;
    private final long[] start;
    private long totalMetres;
    private long emptyMetres;
    private long endTime;
    private long workedSeconds;
    private long lateSeconds;
    private long seatExcess;
    private int splitJobs;
    private int misordered;
    private int ineligible;
    private long commitmentOverlap;
    private long weightedLateness;
    private long fuelKm;
    private long stabilityCost;
    private long unservedWeight;
    private int unsharedRides;

    private RouteTimeline(int size) {
        arrival = new long[size];
        start = new long[size];
    }

    public static RouteTimeline of(Route route, List<Stop> stops) {
        RouteTimeline t = new RouteTimeline(stops.size());
        if (route.unserved()) {
            for (Stop s : stops) {
                if (s.pickup()) {
                    t.unservedWeight += s.job().unservedWeight();
                    t.stability(route, s);
                }
            }
            return t;
        }
        TravelCosts costs = route.costs();
        Map<Stop, Integer> position = new IdentityHashMap<>(stops.size() * 2);
        for (int i = 0; i < stops.size(); i++) {
            position.put(stops.get(i), i);
        }
        long time = route.availableFrom();
        int load = 0;
        int from = route.startLocation();
        long firstLeave = -1;
        int aboard = 0;
        boolean aboardShareable = true;
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            long legSeconds = costs.seconds(from, s.location());
            long legMetres = costs.metres(from, s.location());
            long arrive = time + legSeconds;
            long begin = Math.max(arrive, s.ready());
            t.arrival[i] = arrive;
            t.start[i] = begin;
            if (firstLeave < 0) {
                firstLeave = Math.max(route.availableFrom(), begin - legSeconds);
            }
            if (arrive > s.due()) {
                t.lateSeconds += arrive - s.due();
            }
            t.totalMetres += legMetres;
            if (load == 0) {
                t.emptyMetres += legMetres;
            }
            load += s.load();
            if (load > route.capacity()) {
                t.seatExcess += load - route.capacity();
            }
            Integer partnerAt = position.get(s.partner());
            if (partnerAt == null) {
                t.splitJobs++;
            } else if (s.pickup() && partnerAt < i) {
                t.misordered++;
            }
            if (s.pickup()) {
                if (aboard > 0 && !(aboardShareable && s.job().shareable())) {
                    t.unsharedRides++;
                }
                aboard++;
                aboardShareable &= s.job().shareable();
                t.totalMetres += s.job().extraMetres();
                if (!s.job().eligibleFor(route)) {
                    t.ineligible++;
                }
                t.weightedLateness += s.job().latenessWeight() * Math.max(0, begin - s.job().preferredStart());
                if (!route.newEnergy()) {
                    t.fuelKm += Math.max(1, s.job().directMetres() / 1000);
                }
                t.stability(route, s);
            } else if (partnerAt != null && partnerAt < i && --aboard == 0) {
                aboardShareable = true;
            }
            time = begin + s.service();
            from = s.location();
        }
        if (!stops.isEmpty() && route.endLocation() >= 0) {
            long back = costs.metres(from, route.endLocation());
            t.totalMetres += back;
            t.emptyMetres += back;
            time += costs.seconds(from, route.endLocation());
        }
        t.endTime = stops.isEmpty() ? route.availableFrom() : time;
        t.workedSeconds = stops.isEmpty() ? 0 : time - firstLeave;
        t.commitmentOverlap = commitmentOverlap(route, stops, t, position);
        return t;
    }

    private void stability(Route route, Stop pickup) {
        String previous = pickup.job().previousRouteId();
        if (previous != null && !previous.equals(route.id())) {
            stabilityCost += pickup.job().moveWeight();
        }
    }

    /**
     * Seconds by which jobs overlap the vehicle's accepted trips, counting the drives between them: a job from its
     * pickup to its drop-off must end in time to reach the commitment's start, or begin after the vehicle can come
     * from the commitment's end.
     */
    private static long commitmentOverlap(Route route, List<Stop> stops, RouteTimeline t, Map<Stop, Integer> position) {
        if (route.commitments().isEmpty()) {
            return 0;
        }
        TravelCosts costs = route.costs();
        long overlap = 0;
        for (int i = 0; i < stops.size(); i++) {
            Stop p = stops.get(i);
            Integer d = position.get(p.partner());
            if (!p.pickup() || d == null) {
                continue;
            }
            Stop dropoff = p.partner();
            for (Commitment c : route.commitments()) {
                long jobEnd = t.start[d] + dropoff.service() + costs.seconds(dropoff.location(), c.startLocation());
                long busyEnd = c.end() + costs.seconds(c.endLocation(), p.location());
                long o = Math.min(jobEnd, busyEnd) - Math.max(t.start[i], c.start());
                if (o > 0) {
                    overlap += o;
                }
            }
        }
        return overlap;
    }

    /** Whether every hard rule holds on this route. */
    public boolean feasible(Route route) {
        return lateSeconds == 0 && seatExcess == 0 && splitJobs == 0 && misordered == 0 && ineligible == 0
                && unsharedRides == 0
                && commitmentOverlap == 0 && shiftExcess(route) == 0 && workExcess(route) == 0
                && rangeExcess(route) == 0;
    }

    public long shiftExcess(Route route) {
        return Math.max(0, endTime - route.shiftEnd());
    }

    public long workExcess(Route route) {
        return Math.max(0, workedSeconds - route.workLimit());
    }

    public long rangeExcess(Route route) {
        return route.newEnergy() ? Math.max(0, totalMetres - route.rangeMetres()) : 0;
    }

    public long arrival(int index) {
        return arrival[index];
    }

    public long start(int index) {
        return start[index];
    }

    public long totalMetres() {
        return totalMetres;
    }

    public long emptyMetres() {
        return emptyMetres;
    }

    public long endTime() {
        return endTime;
    }

    public long workedSeconds() {
        return workedSeconds;
    }

    public long lateSeconds() {
        return lateSeconds;
    }

    public long seatExcess() {
        return seatExcess;
    }

    public int splitJobs() {
        return splitJobs;
    }

    public int misordered() {
        return misordered;
    }

    public int ineligible() {
        return ineligible;
    }

    /** Pickups made while someone who did not agree to share (or who this rider did not agree to) is aboard. */
    public int unsharedRides() {
        return unsharedRides;
    }

    public long commitmentOverlap() {
        return commitmentOverlap;
    }

    public long weightedLateness() {
        return weightedLateness;
    }

    public long fuelKm() {
        return fuelKm;
    }

    public long stabilityCost() {
        return stabilityCost;
    }

    public long unservedWeight() {
        return unservedWeight;
    }
}
