package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule, and turning their findings into incidents: one per vehicle, rule and overlapping period. */
public final class Rules {

    public static final List<Rule> ALL = List.of(new NoTripRule(), new OffHoursRule(), new RegionRule(),
            new ForbiddenDwellRule(), new HomeLotRule(), new TamperingRule(), new SpeedingRule(),
            new RouteDeviationRule(), new DistanceMismatchRule());

    private Rules() {
    }

    /**
     * Runs the enabled rules and merges each rule's findings that overlap or lie within mergeMinutes of each other
     * into one incident. A movement found by both rule 1 and rule 2 is rule 2's (outside working time is the
     * graver finding), so it raises one alarm, not two.
     */
    public static Map<RuleKey, List<Finding>> evaluate(Facts facts, Map<RuleKey, Params> enabled) {
        Map<RuleKey, List<Finding>> result = new EnumMap<>(RuleKey.class);
        for (Rule rule : ALL) {
            Params p = enabled.get(rule.key());
            if (p != null) {
                result.put(rule.key(), rule.evaluate(facts, p));
            }
        }
        List<Finding> offHours = result.get(RuleKey.OFF_HOURS);
        List<Finding> noTrip = result.get(RuleKey.NO_TRIP);
        if (offHours != null && noTrip != null) {
            result.put(RuleKey.NO_TRIP, noTrip.stream().filter(n -> offHours.stream().noneMatch(
                    o -> o.details().get("movementId").equals(n.details().get("movementId")))).toList());
        }
        result.replaceAll((key, findings) -> merge(findings,
                Duration.ofSeconds(Math.round(enabled.get(key).number("mergeMinutes") * 60))));
        return result;
    }

    /** Findings of one rule joined when they overlap or are at most {@code gap} apart. */
    public static List<Finding> merge(List<Finding> findings, Duration gap) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::start));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            if (!merged.isEmpty()) {
                Finding last = merged.get(merged.size() - 1);
                if (!f.start().isAfter(last.end().plus(gap))) {
                    merged.set(merged.size() - 1, join(last, f));
                    continue;
                }
            }
            merged.add(f);
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Finding join(Finding a, Finding b) {
        Map<String, Object> details = new LinkedHashMap<>();
        List<Object> parts = new ArrayList<>();
        for (Finding f : List.of(a, b)) {
            Object inner = f.details().get("parts");
            if (inner instanceof List<?> list) {
                parts.addAll((List<Object>) list);
            } else {
                Map<String, Object> part = new LinkedHashMap<>(f.details());
                part.put("start", f.start().toString());
                part.put("end", f.end().toString());
                part.put("summary", f.summary());
                parts.add(part);
            }
        }
        details.put("parts", parts);
        var end = a.end().isAfter(b.end()) ? a.end() : b.end();
        String summary = a.summary().replaceFirst(" \\(\\+\\d+ more\\)$", "") + " (+" + (parts.size() - 1) + " more)";
        return new Finding(a.rule(), a.start(), end, summary, details,
                a.tripRequestId() != null ? a.tripRequestId() : b.tripRequestId());
    }
}
