package io.fleet.dispatch.planning.solver;

import java.time.Duration;

import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Route;

/**
 * The one solver configuration, for dispatch and for the Li &amp; Lim benchmark alike: constraint streams on
 * {@link DispatchConstraints}, a warm start from {@link CheapestInsertion} (done before solving), then local search
 * with late acceptance over {@link JobMove}s, {@link RuinRecreateMove}s and OptaPlanner's own single-stop moves for reordering.
 */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    /**
     * @param spent       stop after this long
     * @param unimproved  stop earlier when the best score has not improved for this long (null: never)
     */
    public static SolverConfig solver(Duration spent, Duration unimproved, Long seed) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(JobMoveFactory.class)
                                .withFixedProbabilityWeight(6.0),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)
                                .withFixedProbabilityWeight(2.0),
                        new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new ListSwapMoveSelectorConfig().withFixedProbabilityWeight(1.0)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DispatchPlan.class)
                .withEntityClasses(Route.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(DispatchConstraints.class))
                .withTerminationConfig(termination)
                .withPhases(localSearch);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

}
