package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Placement;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * Takes several jobs out (the jobs of one route, or a handful close to each other) and puts each back at its
 * cheapest feasible place, in a random order; what does not fit goes to the unserved list. Emptying a whole route
 * this way is how the number of vehicles comes down, which single-job moves rarely manage: every job of a route
 * must find room elsewhere in the same step. The score decides, as for any move.
 */
final class RuinRecreateMove extends AbstractMove<DispatchPlan> {

    private static final String STOPS = "stops";

    private final List<Stop> pickups;
    /** The route being emptied, which nothing may be put back into; null for a local ruin. */
    private final Route emptied;
    private final long seed;

    RuinRecreateMove(List<Stop> pickups, Route emptied, long seed) {
        this.pickups = pickups;
        this.emptied = emptied;
        this.seed = seed;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DispatchPlan> scoreDirector) {
        return !pickups.isEmpty();
    }

    @Override
    protected AbstractMove<DispatchPlan> createUndoMove(ScoreDirector<DispatchPlan> scoreDirector) {
        // Every route might take a job back; keep them all as they are now.
        Map<Route, List<Stop>> before = new LinkedHashMap<>();
        for (Route route : scoreDirector.getWorkingSolution().routes()) {
            before.put(route, new ArrayList<>(route.stops()));
        }
        return new RestoreRoutesMove(before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DispatchPlan> scoreDirector) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        Map<Route, Boolean> touched = new IdentityHashMap<>();
        for (Stop pickup : pickups) {
            for (Stop stop : List.of(pickup, pickup.partner())) {
                Placement at = Placement.of(plan, stop);
                change(scoreDirector, touched, at.route());
                at.route().stops().remove(at.index());
            }
        }
        List<Stop> order = new ArrayList<>(pickups);
        Collections.shuffle(order, new Random(seed));
        if (emptied != null && (seed & 1) == 0) {
            // Half the time the tightest pickups go first: they have the fewest places to go once others are in.
            order.sort(java.util.Comparator.comparingLong(p -> p.due() - p.ready()));
        }
        Route unserved = plan.unservedRoute();
        for (Stop pickup : order) {
            CheapestInsertion.Insertion best = CheapestInsertion.best(plan, pickup, emptied);
            Route target = best == null ? unserved : best.route();
            change(scoreDirector, touched, target);
            if (best == null) {
                unserved.stops().add(pickup);
                unserved.stops().add(pickup.partner());
            } else {
                target.stops().add(best.pickupIndex(), pickup);
                target.stops().add(best.dropoffIndex(), pickup.partner());
            }
        }
        for (Route route : touched.keySet()) {
            scoreDirector.afterListVariableChanged(route, STOPS, 0, route.stops().size());
        }
    }

    private static void change(ScoreDirector<DispatchPlan> scoreDirector, Map<Route, Boolean> touched, Route route) {
        if (touched.put(route, Boolean.TRUE) == null) {
            scoreDirector.beforeListVariableChanged(route, STOPS, 0, route.stops().size());
        }
    }

    @Override
    public RuinRecreateMove rebase(ScoreDirector<DispatchPlan> destination) {
        return new RuinRecreateMove(rebaseList(pickups, destination),
                emptied == null ? null : destination.lookUpWorkingObject(emptied), seed);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return emptied == null ? List.of() : List.of(emptied);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return pickups;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return emptied == null ? "RuinRecreateMove(local)" : "RuinRecreateMove(route)";
    }

    @Override
    public String toString() {
        return "ruin " + pickups + (emptied == null ? "" : " emptying " + emptied);
    }

    /** Puts every route's list back as it was: the undo of a ruin and recreate. */
    static final class RestoreRoutesMove extends AbstractMove<DispatchPlan> {

        private final Map<Route, List<Stop>> lists;

        RestoreRoutesMove(Map<Route, List<Stop>> lists) {
            this.lists = lists;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<DispatchPlan> scoreDirector) {
            return true;
        }

        @Override
        protected AbstractMove<DispatchPlan> createUndoMove(ScoreDirector<DispatchPlan> scoreDirector) {
            Map<Route, List<Stop>> now = new LinkedHashMap<>();
            for (Route route : lists.keySet()) {
                now.put(route, new ArrayList<>(route.stops()));
            }
            return new RestoreRoutesMove(now);
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<DispatchPlan> scoreDirector) {
            for (Map.Entry<Route, List<Stop>> e : lists.entrySet()) {
                Route route = e.getKey();
                if (route.stops().equals(e.getValue())) {
                    continue;
                }
                scoreDirector.beforeListVariableChanged(route, STOPS, 0, route.stops().size());
                route.stops().clear();
                route.stops().addAll(e.getValue());
                scoreDirector.afterListVariableChanged(route, STOPS, 0, route.stops().size());
            }
        }

        @Override
        public String getSimpleMoveTypeDescription() {
            return "RestoreRoutesMove";
        }
    }
}
