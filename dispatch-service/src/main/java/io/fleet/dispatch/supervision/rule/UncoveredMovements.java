package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.List;

/** Movements long enough to count that no approved trip covers and no standing duty explains (rules 1 and 2). */
final class UncoveredMovements {

    private UncoveredMovements() {
    }

    static List<Facts.Seg> of(Facts facts, Params p, Duration tolerance) {
        double minDistance = p.number("minDistanceM");
        Duration minDuration = Minutes.of(p, "minMinutes");
        return facts.segments().stream()
                .filter(Facts.Seg::moving)
                .filter(m -> m.distanceM() >= minDistance && m.duration().compareTo(minDuration) >= 0)
                .filter(m -> facts.coveringTrip(m.start(), m.end(), tolerance) == null)
                .filter(m -> !facts.onDuty(m.start(), m.end()))
                .toList();
    }
}
