package io.fleet.dispatch.planning.service;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

import io.fleet.dispatch.planning.domain.Commitment;
import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * A request changed while its day is being planned: take its old job out, and put the new one in (on the unserved
 * list, or on the vehicle a dispatcher chose) or make it a fixed commitment of its vehicle once accepted. Applied to
 * the running solver as a problem change, so the search goes on from the current plan instead of restarting.
 *
 * @param requestId  the request
 * @param added      its new pickup and drop-off, or null when it leaves the plan (cancelled, rejected, completed)
 * @param commitment its fixed trip when accepted or under way, on {@code vehicleRoute}
 */
record RequestChange(long requestId, Stop[] added, String vehicleRoute, Commitment commitment)
        implements ProblemChange<DispatchPlan> {

    @Override
    public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
        apply(plan, new Edits() {
            @Override
            public void route(Route route, java.util.function.Consumer<Route> edit) {
                director.changeProblemProperty(route, edit);
            }

            @Override
            public void facts(List<Object> removed, List<Object> added) {
                removed.forEach(f -> director.removeProblemFact(f, x -> { }));
                added.forEach(f -> director.addProblemFact(f, x -> { }));
            }
        });
    }

    /** The same change on a plan no solver holds (between solving runs). */
    void applyTo(DispatchPlan plan) {
        apply(plan, new Edits() {
            @Override
            public void route(Route route, java.util.function.Consumer<Route> edit) {
                edit.accept(route);
            }

            @Override
            public void facts(List<Object> removed, List<Object> added) {
            }
        });
    }

    interface Edits {
        void route(Route route, java.util.function.Consumer<Route> edit);

        void facts(List<Object> removed, List<Object> added);
    }

    private void apply(DispatchPlan plan, Edits edits) {
        List<Object> removedFacts = new ArrayList<>();
        List<Object> addedFacts = new ArrayList<>();
        for (Route route : plan.routes()) {
            List<Stop> gone = route.stops().stream().filter(s -> s.job().requestId() == requestId).toList();
            if (!gone.isEmpty()) {
                edits.route(route, r -> r.stops().removeAll(gone));
                removedFacts.addAll(gone);
            }
            if (route.commitments().stream().anyMatch(c -> c.requestId() == requestId)) {
                edits.route(route, r -> r.removeCommitment(requestId));
            }
        }
        Job oldJob = plan.jobs().stream().filter(j -> j.requestId() == requestId).findFirst().orElse(null);
        if (oldJob != null) {
            removedFacts.add(oldJob);
        }
        Route vehicle = vehicleRoute == null ? null
                : plan.routes().stream().filter(r -> r.id().equals(vehicleRoute)).findFirst().orElse(null);
        if (commitment != null && vehicle != null) {
            edits.route(vehicle, r -> r.addCommitment(commitment));
        }
        if (added != null) {
            Route target = vehicle != null && commitment == null ? vehicle : plan.unservedRoute();
            edits.route(target, r -> {
                r.stops().add(added[0]);
                r.stops().add(added[1]);
            });
            addedFacts.add(added[0].job());
            addedFacts.add(added[0]);
            addedFacts.add(added[1]);
        }
        edits.facts(removedFacts, addedFacts);
        plan.revised();
        plan.stops().removeAll(removedFacts);
        plan.jobs().removeAll(removedFacts);
        for (Object f : addedFacts) {
            if (f instanceof Stop s) {
                plan.stops().add(s);
            } else if (f instanceof Job j) {
                plan.jobs().add(j);
            }
        }
    }
}
