package io.fleet.dispatch.planning.service;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.solver.SolverConfigs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Our own SolverManager: the optaplanner-quarkus extension does not start on Quarkus 3.27 and later, and plain
 * optaplanner-core needs no build-time processing. One plan is solved at a time (two cores serve the whole service).
 */
@ApplicationScoped
public class SolverManagerProducer {

    @Produces
    @Singleton
    SolverManager<DispatchPlan, String> solverManager(PlanningConfig config) {
        SolverFactory<DispatchPlan> factory = SolverFactory.create(
                SolverConfigs.solver(config.solveTime(), config.unimprovedTime(), null));
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    @Produces
    @Singleton
    SolutionManager<DispatchPlan, HardMediumSoftLongScore> solutionManager(SolverManager<DispatchPlan, String> solvers) {
        return SolutionManager.create(solvers);
    }

    void close(@Disposes SolverManager<DispatchPlan, String> manager) {
        manager.close();
    }
}
