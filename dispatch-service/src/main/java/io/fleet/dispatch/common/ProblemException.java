package io.fleet.dispatch.common;

import java.util.List;

/** A refusal the service means to give; mapped to its problem document as is. */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A refusal that may be tried again after this many seconds (a Retry-After header: 429, 503). */
    public ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public List<Problem.Violation> violations() {
        return problem.violations();
    }
}
