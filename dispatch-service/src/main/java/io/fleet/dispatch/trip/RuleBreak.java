package io.fleet.dispatch.trip;

/** A dispatch rule an assignment would break, shown to the dispatcher before confirming. */
public record RuleBreak(String rule, String message) {
}
