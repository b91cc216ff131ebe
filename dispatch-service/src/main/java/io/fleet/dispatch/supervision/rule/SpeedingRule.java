package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 8: faster than the vehicle kind's limit plus tolerancePercent for at least minSeconds of consecutive reports
 * (one spike of a single report is GNSS noise, not speeding).
 */
public final class SpeedingRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.SPEEDING;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        Object limitValue = p.map("limits").get(facts.vehicle().kind());
        if (!(limitValue instanceof Number limitNumber)) {
            return List.of();
        }
        double limit = limitNumber.doubleValue();
        double threshold = limit * (1 + p.number("tolerancePercent") / 100);
        Duration minimum = Duration.ofSeconds(Math.round(p.number("minSeconds")));
        List<Finding> found = new ArrayList<>();
        for (List<Facts.Fix> run : Runs.of(facts.fixes(), f -> f.speedKmh() > threshold, Duration.ofMinutes(2))) {
            if (run.size() < 2 || Runs.length(run).compareTo(minimum) < 0) {
                continue;
            }
            double max = run.stream().mapToDouble(Facts.Fix::speedKmh).max().orElse(0);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limitKmh", limit);
            details.put("thresholdKmh", Math.round(threshold * 10) / 10.0);
            details.put("maxKmh", max);
            details.put("seconds", Runs.length(run).toSeconds());
            details.put("vehicleKind", facts.vehicle().kind());
            found.add(new Finding(key(), run.get(0).time(), run.get(run.size() - 1).time(), String.format(
                    "%.0f km/h where %s may drive %.0f (for %d s)", max, facts.vehicle().kind(), limit,
                    Runs.length(run).toSeconds()), details, null));
        }
        return found;
    }
}
