package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 1, 无单出车: a movement of at least minDistanceM and minMinutes that no approved trip's window (widened by
 * toleranceMinutes on each side) covers, unless it is a standing-duty shift inside the duty's area.
 */
public final class NoTripRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.NO_TRIP;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        List<Finding> found = new ArrayList<>();
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        for (Facts.Seg m : UncoveredMovements.of(facts, p, tolerance)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("movementId", m.id());
            details.put("distanceM", Math.round(m.distanceM()));
            details.put("minutes", m.duration().toMinutes());
            found.add(new Finding(key(), m.start(), m.end(), String.format("drove %.1f km in %d min with no approved trip",
                    m.distanceM() / 1000, m.duration().toMinutes()), details, null));
        }
        return found;
    }
}
