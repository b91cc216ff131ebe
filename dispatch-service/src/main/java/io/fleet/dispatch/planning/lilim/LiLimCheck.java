package io.fleet.dispatch.planning.lilim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * Scores a solved plan the way the benchmark does, in exact double arithmetic and independently of the solver's
 * own score: vehicles used, total Euclidean distance, and whether every rule holds (every task served once, pickup
 * before delivery in the same vehicle, capacity, service started within every window, back at the depot in time).
 */
public record LiLimCheck(int vehicles, double distance, boolean feasible, List<String> violations) {

    private static final double EPS = 1e-6;

    public static LiLimCheck of(LiLimInstance instance, DispatchPlan plan) {
        List<String> violations = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        int used = 0;
        double total = 0;
        LiLimInstance.Node depot = instance.nodes().get(0);
        for (Route route : plan.routes()) {
            if (route.unserved()) {
                if (!route.stops().isEmpty()) {
                    violations.add(route.stops().size() / 2 + " tasks unserved");
                }
                continue;
            }
            if (route.stops().isEmpty()) {
                continue;
            }
            used++;
            double time = depot.earliest();
            int load = 0;
            int at = 0;
            Set<Integer> aboard = new HashSet<>();
            for (Stop stop : route.stops()) {
                LiLimInstance.Node node = instance.nodes().get(stop.location());
                double leg = instance.distance(at, node.id());
                total += leg;
                time = Math.max(time + leg, node.earliest());
                if (time > node.latest() + EPS) {
                    violations.add(route.id() + ": node " + node.id() + " served at " + time + " after " + node.latest());
                }
                time += node.service();
                load += node.demand();
                if (load > instance.capacity()) {
                    violations.add(route.id() + ": load " + load + " after node " + node.id());
                }
                if (node.isPickup()) {
                    aboard.add(node.id());
                } else if (!aboard.remove(node.pickup())) {
                    violations.add(route.id() + ": delivery " + node.id() + " before its pickup " + node.pickup());
                }
                if (!visited.add(node.id())) {
                    violations.add("node " + node.id() + " visited twice");
                }
                at = node.id();
            }
            double back = instance.distance(at, 0);
            total += back;
            if (time + back > depot.latest() + EPS) {
                violations.add(route.id() + ": back at the depot at " + (time + back) + " after " + depot.latest());
            }
            if (!aboard.isEmpty()) {
                violations.add(route.id() + ": pickups " + aboard + " never delivered");
            }
        }
        if (visited.size() != instance.nodes().size() - 1) {
            violations.add((instance.nodes().size() - 1 - visited.size()) + " nodes not visited");
        }
        if (used > instance.vehicles()) {
            violations.add(used + " vehicles used, " + instance.vehicles() + " available");
        }
        return new LiLimCheck(used, total, violations.isEmpty(), List.copyOf(violations));
    }
}
