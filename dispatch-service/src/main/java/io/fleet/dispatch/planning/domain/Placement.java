package io.fleet.dispatch.planning.domain;

/** Where a stop currently is: its route and its index there. */
public record Placement(Route route, int index) {

    /** Scans the routes; stops are values without back-references (see {@link Stop}). */
    public static Placement of(DispatchPlan plan, Stop stop) {
        for (Route route : plan.routes()) {
            int index = route.stops().indexOf(stop);
            if (index >= 0) {
                return new Placement(route, index);
            }
        }
        return null;
    }
}
