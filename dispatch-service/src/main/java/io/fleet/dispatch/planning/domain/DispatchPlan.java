package io.fleet.dispatch.planning.domain;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem and its solution: vehicles' routes, the stops of every job, and the travel costs between
 * their places. Hard = a rule broken; medium = requests left unserved (by priority) and vehicles used where that
 * counts; soft = lateness, empty driving, fuel instead of new energy, unfair load, changing accepted plans.
 */
@PlanningSolution
public class DispatchPlan {

    @ProblemFactProperty
    private TravelCosts costs;
    @ProblemFactCollectionProperty
    private List<Job> jobs;
    @PlanningEntityCollectionProperty
    private List<Route> routes;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "stops")
    private List<Stop> stops;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Bumped whenever jobs come or go, so caches of the stops (move selectors) know to rebuild. */
    private int revision;

    DispatchPlan() {
        // for the solver's planning clone
    }

    public DispatchPlan(TravelCosts costs, List<Job> jobs, List<Route> routes, List<Stop> stops) {
        this.costs = costs;
        this.jobs = new ArrayList<>(jobs);
        this.routes = new ArrayList<>(routes);
        this.stops = new ArrayList<>(stops);
    }

    /** A copy whose routes and lists can be changed without touching this plan (facts are shared). */
    public DispatchPlan copy() {
        DispatchPlan c = new DispatchPlan(costs, jobs, routes.stream().map(Route::copy).toList(), stops);
        c.score = score;
        c.revision = revision;
        return c;
    }

    public Route unservedRoute() {
        return routes.stream().filter(Route::unserved).findFirst().orElse(null);
    }

    public int revision() {
        return revision;
    }

    public void revised() {
        revision++;
    }

    public TravelCosts costs() {
        return costs;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public List<Route> routes() {
        return routes;
    }

    public List<Stop> stops() {
        return stops;
    }

    public HardMediumSoftLongScore score() {
        return score;
    }

    public void score(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
