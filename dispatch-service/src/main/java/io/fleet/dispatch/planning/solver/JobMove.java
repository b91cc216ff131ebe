package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Placement;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * Moves a job's pickup and drop-off together: takes both out of wherever they are and puts the pickup at
 * {@code pickupIndex} of {@code pickupRoute} and the drop-off at {@code dropoffIndex} of {@code dropoffRoute}
 * (indexes in the lists as they are after the move). The generic list moves shift one stop at a time, which breaks the
 * pickup/drop-off pairing on every step between two good plans; this move keeps it.
 */
public final class JobMove extends AbstractMove<DispatchPlan> {

    private static final String STOPS = "stops";

    private final Stop pickup;
    private final Route pickupRoute;
    private final int pickupIndex;
    private final Route dropoffRoute;
    private final int dropoffIndex;

    public JobMove(Stop pickup, Route pickupRoute, int pickupIndex, Route dropoffRoute, int dropoffIndex) {
        this.pickup = pickup;
        this.pickupRoute = pickupRoute;
        this.pickupIndex = pickupIndex;
        this.dropoffRoute = dropoffRoute;
        this.dropoffIndex = dropoffIndex;
    }

    /** Both stops of the job into one route, the pickup first. */
    public static JobMove into(Stop pickup, Route route, int pickupIndex, int dropoffIndex) {
        return new JobMove(pickup, route, pickupIndex, route, dropoffIndex);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DispatchPlan> scoreDirector) {
        if (pickupRoute == dropoffRoute && pickupIndex == dropoffIndex) {
            return false;
        }
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        Placement p = Placement.of(plan, pickup);
        Placement d = Placement.of(plan, pickup.partner());
        return !(p.route() == pickupRoute && p.index() == pickupIndex
                && d.route() == dropoffRoute && d.index() == dropoffIndex);
    }

    @Override
    protected JobMove createUndoMove(ScoreDirector<DispatchPlan> scoreDirector) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        Placement p = Placement.of(plan, pickup);
        Placement d = Placement.of(plan, pickup.partner());
        return new JobMove(pickup, p.route(), p.index(), d.route(), d.index());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DispatchPlan> scoreDirector) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        Stop dropoff = pickup.partner();
        Placement p = Placement.of(plan, pickup);
        Placement d = Placement.of(plan, dropoff);
        Set<Route> touched = new LinkedHashSet<>(List.of(p.route(), d.route(), pickupRoute, dropoffRoute));
        for (Route route : touched) {
            scoreDirector.beforeListVariableChanged(route, STOPS, 0, route.stops().size());
        }
        p.route().stops().remove(pickup);
        d.route().stops().remove(dropoff);
        // Insert the one with the lower final index first, so both end up exactly at their indexes.
        if (pickupRoute == dropoffRoute && dropoffIndex < pickupIndex) {
            dropoffRoute.stops().add(dropoffIndex, dropoff);
            pickupRoute.stops().add(pickupIndex, pickup);
        } else {
            pickupRoute.stops().add(pickupIndex, pickup);
            dropoffRoute.stops().add(dropoffIndex, dropoff);
        }
        for (Route route : touched) {
            scoreDirector.afterListVariableChanged(route, STOPS, 0, route.stops().size());
        }
    }

    @Override
    public JobMove rebase(ScoreDirector<DispatchPlan> destination) {
        return new JobMove(destination.lookUpWorkingObject(pickup), destination.lookUpWorkingObject(pickupRoute),
                pickupIndex, destination.lookUpWorkingObject(dropoffRoute), dropoffIndex);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>();
        entities.add(pickupRoute);
        if (dropoffRoute != pickupRoute) {
            entities.add(dropoffRoute);
        }
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(pickup, pickup.partner());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "JobMove";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobMove m && m.pickup == pickup && m.pickupRoute == pickupRoute
                && m.pickupIndex == pickupIndex && m.dropoffRoute == dropoffRoute && m.dropoffIndex == dropoffIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pickup, pickupRoute, pickupIndex, dropoffRoute, dropoffIndex);
    }

    @Override
    public String toString() {
        return pickup.job() + " -> " + pickupRoute + "[" + pickupIndex + "], " + dropoffRoute + "[" + dropoffIndex + "]";
    }
}
