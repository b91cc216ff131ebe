package io.fleet.dispatch.planning.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Placement;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.domain.TravelCosts;

/**
 * Random {@link JobMove}s, most of them next to stops that are close by road (the places worth trying), some into a
 * random route, a few back to the unserved list so the search can give a job up to make room.
 */
public class JobMoveFactory implements MoveIteratorFactory<DispatchPlan, JobMove> {

    /** How many nearest stops are candidates to insert next to. */
    static final int NEAR = 12;

    private List<Stop> cachedFor;
    private int cachedRevision;
    private List<Stop> pickups;
    private List<Route> vehicles;
    private Map<Stop, Stop[]> near;

    @Override
    public long getSize(ScoreDirector<DispatchPlan> scoreDirector) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        return (long) plan.jobs().size() * plan.routes().size() * 4;
    }

    @Override
    public Iterator<JobMove> createOriginalMoveIterator(ScoreDirector<DispatchPlan> scoreDirector) {
        throw new UnsupportedOperationException("JobMoveFactory only selects moves at random");
    }

    @Override
    public Iterator<JobMove> createRandomMoveIterator(ScoreDirector<DispatchPlan> scoreDirector, Random random) {
        DispatchPlan plan = scoreDirector.getWorkingSolution();
        if (cachedFor != plan.stops() || cachedRevision != plan.revision()) {
            // Built once per working solution and revision (a problem change adds or removes jobs), not per step.
            pickups = plan.stops().stream().filter(Stop::pickup).toList();
            vehicles = plan.routes().stream().filter(r -> !r.unserved()).toList();
            near = nearest(plan.stops(), plan.costs());
            cachedFor = plan.stops();
            cachedRevision = plan.revision();
        }
        List<Stop> pickups = this.pickups;
        List<Route> vehicles = this.vehicles;
        Map<Stop, Stop[]> near = this.near;
        Route unserved = plan.unservedRoute();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !pickups.isEmpty() && !vehicles.isEmpty();
            }

            @Override
            public JobMove next() {
                Stop pickup = pickups.get(random.nextInt(pickups.size()));
                Placement p = Placement.of(plan, pickup);
                Placement d = Placement.of(plan, pickup.partner());
                double roll = random.nextDouble();
                if (roll < 0.02 && unserved != null && p.route() != unserved) {
                    return JobMove.into(pickup, unserved, 0, 1);
                }
                Stop[] candidates = near.get(pickup);
                if (roll < 0.25 || candidates.length == 0) {
                    Route route = vehicles.get(random.nextInt(vehicles.size()));
                    int size = sizeWithout(route, p, d);
                    int i = random.nextInt(size + 1);
                    return JobMove.into(pickup, route, i, dropoffIndex(random, i, size));
                }
                Stop neighbour = candidates[random.nextInt(candidates.length)];
                Placement n = Placement.of(plan, neighbour);
                Route route = n.route();
                if (route.unserved()) {
                    route = vehicles.get(random.nextInt(vehicles.size()));
                    int size = sizeWithout(route, p, d);
                    int i = random.nextInt(size + 1);
                    return JobMove.into(pickup, route, i, dropoffIndex(random, i, size));
                }
                int size = sizeWithout(route, p, d);
                int at = indexWithout(n, p, d) + (random.nextBoolean() ? 1 : 0);
                return JobMove.into(pickup, route, at, dropoffIndex(random, at, size));
            }
        };
    }

    /** Half the time straight after the pickup, otherwise anywhere after it. */
    private static int dropoffIndex(Random random, int pickupIndex, int sizeWithoutJob) {
        if (random.nextBoolean()) {
            return pickupIndex + 1;
        }
        return pickupIndex + 1 + random.nextInt(sizeWithoutJob - pickupIndex + 1);
    }

    /** The route's length once the job's own stops (at p and d) are taken out. */
    private static int sizeWithout(Route route, Placement p, Placement d) {
        int size = route.stops().size();
        if (p.route() == route) {
            size--;
        }
        if (d.route() == route) {
            size--;
        }
        return size;
    }

    /** The neighbour's index once the job's own stops are taken out of its route. */
    private static int indexWithout(Placement neighbour, Placement p, Placement d) {
        int index = neighbour.index();
        if (p.route() == neighbour.route() && p.index() < neighbour.index()) {
            index--;
        }
        if (d.route() == neighbour.route() && d.index() < neighbour.index()) {
            index--;
        }
        return index;
    }

    /** For every stop, the NEAR other stops closest by travel time (not its own partner). */
    static Map<Stop, Stop[]> nearest(List<Stop> stops, TravelCosts costs) {
        Map<Stop, Stop[]> near = new IdentityHashMap<>();
        for (Stop from : stops) {
            List<Stop> others = new ArrayList<>(stops.size());
            for (Stop s : stops) {
                if (s != from && s != from.partner()) {
                    others.add(s);
                }
            }
            Stop[] sorted = others.toArray(Stop[]::new);
            Arrays.sort(sorted, Comparator.comparingLong(s -> costs.seconds(from.location(), s.location())));
            near.put(from, Arrays.copyOf(sorted, Math.min(NEAR, sorted.length)));
        }
        return near;
    }
}
