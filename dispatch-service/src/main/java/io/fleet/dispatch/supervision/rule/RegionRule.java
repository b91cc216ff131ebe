package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 3, 出市/越界: the vehicle stays outside the permitted region (the nearest organisation's REGION fences) for at
 * least minMinutes, unless an approved trip covering that time has a destination outside the region.
 */
public final class RegionRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.REGION;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        if (facts.region() == null) {
            return List.of();
        }
        Duration minimum = Minutes.of(p, "minMinutes");
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        List<Finding> found = new ArrayList<>();
        for (List<Facts.Fix> run : Runs.of(facts.fixes(), f -> !facts.region().covers(Facts.point(f.lat(), f.lon())),
                Duration.ofMinutes(30))) {
            if (Runs.length(run).compareTo(minimum) < 0) {
                continue;
            }
            var start = run.get(0).time();
            var end = run.get(run.size() - 1).time();
            Facts.Trip trip = facts.coveringTrip(start, end, tolerance);
            if (trip != null && trip.destinations().stream().anyMatch(d -> !facts.region().covers(d))) {
                continue;
            }
            Facts.Fix farthest = run.get(0);
            double farthestM = 0;
            for (Facts.Fix f : run) {
                double m = Facts.metresFrom(facts.region(), f.lat(), f.lon());
                if (m > farthestM) {
                    farthestM = m;
                    farthest = f;
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("minutesOutside", Runs.length(run).toMinutes());
            details.put("farthestM", Math.round(farthestM));
            details.put("farthestAt", farthest.time().toString());
            details.put("farthestLatitude", farthest.lat());
            details.put("farthestLongitude", farthest.lon());
            details.put("approvedTripWithoutDestinationThere", trip == null ? null : trip.id());
            found.add(new Finding(key(), start, end, String.format("outside the permitted region for %d min, up to %.1f km",
                    Runs.length(run).toMinutes(), farthestM / 1000), details, trip == null ? null : trip.id()));
        }
        return found;
    }
}
