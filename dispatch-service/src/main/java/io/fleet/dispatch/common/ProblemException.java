package io.fleet.dispatch.common;

import java.util.List;

/** A refusal the service means to give; mapped to its problem document as is. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public List<Problem.Violation> violations() {
        return problem.violations();
    }
}
