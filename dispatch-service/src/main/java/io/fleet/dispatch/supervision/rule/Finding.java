package io.fleet.dispatch.supervision.rule;

import java.time.Instant;
import java.util.Map;

/**
 * What a rule found: the period of the incident, a one-line summary, rule-specific details for the evidence, and the
 * trip request concerned (the one exceeded, or null when there was none).
 */
public record Finding(RuleKey rule, Instant start, Instant end, String summary, Map<String, Object> details,
                      Long tripRequestId) {
}
