package io.fleet.dispatch.planning.solver;

import static io.fleet.dispatch.planning.solver.PlanFixtures.exclusive;
import static io.fleet.dispatch.planning.solver.PlanFixtures.job;
import static io.fleet.dispatch.planning.solver.PlanFixtures.route;
import static io.fleet.dispatch.planning.solver.PlanFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/**
 * 合乘: one car, two requests along the same road at the same time; only sharing serves both. The solver shares
 * when both requests allow it, and never otherwise.
 */
class RideSharingTest {

    private static DispatchPlan twoRequestsOneCar(Job a, Job b) {
        // Both from place 1 to place 3, pickup between 600 s (the car needs 600 s to get there) and 700 s.
        Stop[] first = trip(a, 1, 600, 700, 3);
        Stop[] second = trip(b, 1, 600, 700, 3);
        Route car = route("car", 0).capacity(4).build();
        Route unserved = Route.unservedStops(1, PlanFixtures.COSTS);
        unserved.stops().addAll(List.of(first[0], first[1], second[0], second[1]));
        List<Stop> stops = new ArrayList<>(unserved.stops());
        return new DispatchPlan(PlanFixtures.COSTS, List.of(a, b), List.of(car, unserved), stops);
    }

    private static DispatchPlan solve(DispatchPlan plan) {
        CheapestInsertion.apply(plan);
        return SolverFactory.<DispatchPlan>create(SolverConfigs.solver(Duration.ofSeconds(2), null, 3L))
                .buildSolver().solve(plan);
    }

    @Test
    void twoRequestsThatAllowSharingRideTogether() {
        DispatchPlan best = solve(twoRequestsOneCar(job("a", 2), job("b", 2)));
        assertThat(best.score().hardScore()).isZero();
        assertThat(best.unservedRoute().stops()).isEmpty();
        List<Stop> order = best.routes().get(0).stops();
        // Both picked up before either is dropped.
        assertThat(order.get(0).pickup()).isTrue();
        assertThat(order.get(1).pickup()).isTrue();
    }

    @Test
    void aRequestThatDoesNotAllowSharingRidesAloneAndTheOtherWaitsUnserved() {
        DispatchPlan best = solve(twoRequestsOneCar(exclusive("a", 2), job("b", 2)));
        assertThat(best.score().hardScore()).isZero();
        assertThat(best.unservedRoute().stops()).hasSize(2);
        assertThat(best.routes().get(0).timeline().unsharedRides()).isZero();
    }

    @Test
    void sharingNeverExceedsTheSeats() {
        DispatchPlan best = solve(twoRequestsOneCar(job("a", 3), job("b", 2)));
        assertThat(best.score().hardScore()).isZero();
        assertThat(best.unservedRoute().stops()).hasSize(2);
    }
}
