package io.fleet.dispatch.common;

import java.util.List;

/** Factories for the refusals services give, so every one has the same type, title and status. */
public final class Problems {

    public static final String VALIDATION = "urn:fleet:problem:validation";
    public static final String NOT_FOUND = "urn:fleet:problem:not-found";
    public static final String CONFLICT = "urn:fleet:problem:conflict";

    private Problems() {
    }

    public static ProblemException badField(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(new Problem(VALIDATION, "Invalid request", 400, detail, violations));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(new Problem(NOT_FOUND, "Not found", 404, "no " + what + " " + id, null));
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(new Problem(CONFLICT, "Conflict", 409, message,
                List.of(new Problem.Violation(field, message))));
    }
}
