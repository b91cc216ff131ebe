package io.fleet.dispatch.planning.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;
import io.fleet.dispatch.planning.lilim.LiLimInstance;
import io.fleet.dispatch.planning.lilim.LiLimPlans;
import io.fleet.dispatch.planning.solver.CheapestInsertion;
import io.fleet.dispatch.planning.solver.SolverConfigs;

/** Requests leaving and arriving while the solver runs reach it as problem changes and are planned. */
class RequestChangeTest {

    @Test
    void aJobTakenOutAndPutBackWhileSolvingIsPlannedAgain() throws Exception {
        LiLimInstance instance = LiLimInstance.read(Path.of("../data/vrp/lilim/lc101.txt"));
        DispatchPlan plan = LiLimPlans.plan(instance);
        CheapestInsertion.apply(plan);
        Stop pickup = plan.stops().get(0);
        try (SolverManager<DispatchPlan, String> solvers = SolverManager.create(
                SolverFactory.create(SolverConfigs.solver(Duration.ofSeconds(6), null, 1L)))) {
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            SolverJob<DispatchPlan, String> job = solvers.solveAndListen("lc101", id -> plan, best -> { },
                    best -> { }, (id, e) -> failure.set(e));
            Thread.sleep(1_000);
            // Leaves the plan...
            job.addProblemChange(new RequestChange(pickup.job().requestId(), null, null, null)).get(10, TimeUnit.SECONDS);
            Thread.sleep(200);
            assertThat(job.getSolverStatus()).isNotEqualTo(org.optaplanner.core.api.solver.SolverStatus.NOT_SOLVING);
            if (failure.get() != null) {
                throw new AssertionError("solver failed after the change", failure.get());
            }
            // ...and comes back (a new job for the same request, as after an edit).
            Stop[] again = Stop.pair(pickup.job(), pickup.location(), pickup.ready(), pickup.due(), pickup.service(),
                    pickup.partner().location(), pickup.partner().ready(), pickup.partner().due(),
                    pickup.partner().service());
            job.addProblemChange(new RequestChange(pickup.job().requestId(), again, null, null))
                    .get(10, TimeUnit.SECONDS);
            DispatchPlan best = job.getFinalBestSolution();
            List<Route> holding = best.routes().stream().filter(r -> r.stops().contains(again[0])).toList();
            assertThat(holding).hasSize(1);
            assertThat(holding.get(0).unserved()).isFalse();
            assertThat(best.routes().stream().flatMap(r -> r.stops().stream())
                    .filter(s -> s.job().requestId() == pickup.job().requestId())).hasSize(2);
            assertThat(best.score().hardScore()).isZero();
            // Medium counts a million per unserved request plus one per vehicle: nothing is left unserved.
            assertThat(best.score().mediumScore()).isGreaterThan(-1_000_000);
        }
    }
}
