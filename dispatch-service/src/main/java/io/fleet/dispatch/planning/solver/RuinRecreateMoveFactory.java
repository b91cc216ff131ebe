package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;

/**
 * Random {@link RuinRecreateMove}s: a third empty a used route (short routes more often, they are the ones that can
 * go), the rest take out a seed job and up to nine jobs whose pickups are nearest to it.
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<DispatchPlan, RuinRecreateMove> {

    static final int MAX_LOCAL = 10;

    @Override
    public long getSize(ScoreDirector<DispatchPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().jobs().size() * 10L;
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<DispatchPlan> scoreDirector) {
        throw new UnsupportedOperationException("RuinRecreateMoveFactory only selects moves at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<DispatchPlan> scoreDirector,
            Random random) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        List<Stop> pickups = plan.stops().stream().filter(Stop::pickup).toList();
        TravelCosts costs = plan.costs();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !pickups.isEmpty();
            }

            @Override
            public RuinRecreateMove next() {
                if (random.nextDouble() < 0.33) {
                    Route route = shortRoute(plan, random);
                    if (route != null) {
                        List<Stop> jobs = route.stops().stream().filter(Stop::pickup).toList();
                        return new RuinRecreateMove(jobs, route, random.nextLong());
                    }
                }
                Stop seed = pickups.get(random.nextInt(pickups.size()));
                int k = 2 + random.nextInt(MAX_LOCAL - 1);
                List<Stop> near = new ArrayList<>(pickups);
                near.sort(Comparator.comparingLong(p -> costs.seconds(seed.location(), p.location())));
                return new RuinRecreateMove(List.copyOf(near.subList(0, Math.min(k, near.size()))), null,
                        random.nextLong());
            }
        };
    }

    /** A used vehicle route, picked with weight 1/jobs so that short routes are tried most. */
    private static Route shortRoute(DispatchPlan plan, Random random) {
        List<Route> used = new ArrayList<>();
        double total = 0;
        for (Route route : plan.routes()) {
            if (!route.unserved() && !route.stops().isEmpty()) {
                used.add(route);
                total += 2.0 / route.stops().size();
            }
        }
        if (used.size() < 2) {
            return null;
        }
        double pick = random.nextDouble() * total;
        for (Route route : used) {
            pick -= 2.0 / route.stops().size();
            if (pick <= 0) {
                return route;
            }
        }
        return used.get(used.size() - 1);
    }
}
