package io.fleet.dispatch.planning.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.vehicle.Vehicle;

/**
 * Puts one driver in each vehicle for the day. The planner then chooses among these crews; pairing first keeps the
 * solver's model to one list per vehicle (OptaPlanner 10 does not mix a list variable with a second genuine
 * variable). A driver keeps the vehicle already given to him in today's plan; otherwise his own unit's vehicle,
 * then one of the line above or below; always one his licence covers.
 */
public final class CrewPairing {

    private CrewPairing() {
    }

    /**
     * @param current vehicle id → driver id already paired in scheduled or accepted trips today
     * @param hours   driver id → working time (see {@link PlanningData#hours}); drivers without it are absent
     */
    public static List<Crew> pair(List<Vehicle> vehicles, List<Driver> drivers, Map<Long, Long> current,
            Map<Long, long[][]> hours) {
        Map<Long, Driver> free = new HashMap<>();
        for (Driver d : drivers) {
            if (hours.containsKey(d.id)) {
                free.put(d.id, d);
            }
        }
        List<Crew> crews = new ArrayList<>();
        List<Vehicle> rest = new ArrayList<>();
        for (Vehicle v : vehicles) {
            Long driverId = current.get(v.id);
            Driver d = driverId == null ? null : free.get(driverId);
            if (d != null && d.licenceClass.allows(v.kind)) {
                free.remove(d.id);
                crews.add(crew(v, d, hours));
            } else {
                rest.add(v);
            }
        }
        rest.sort(Comparator.comparingLong(v -> v.id));
        Set<Driver> order = new LinkedHashSet<>(free.values().stream().sorted(Comparator.comparingLong(d -> d.id))
                .toList());
        for (Vehicle v : rest) {
            Driver best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Driver d : order) {
                if (!d.licenceClass.allows(v.kind)) {
                    continue;
                }
                int rank = rank(v, d);
                if (rank < bestRank) {
                    best = d;
                    bestRank = rank;
                }
            }
            if (best != null && bestRank < 3) {
                order.remove(best);
                crews.add(crew(v, best, hours));
            }
        }
        return crews;
    }

    /** 0 same unit, 1 one contains the other, 2 anywhere else in the planned subtree. */
    private static int rank(Vehicle v, Driver d) {
        if (v.orgId == d.orgId) {
            return 0;
        }
        if (v.orgPath.startsWith(d.orgPath) || d.orgPath.startsWith(v.orgPath)) {
            return 1;
        }
        return 2;
    }

    private static Crew crew(Vehicle v, Driver d, Map<Long, long[][]> hours) {
        long[][] h = hours.get(d.id);
        return new Crew(v, d, h[0][0], h[0][1], java.util.Arrays.asList(h).subList(1, h.length));
    }
}
