package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 4: a stop of at least dwellMinutes inside a forbidden place while the place's hours apply (a restaurant at
 * lunch time is allowed, in the evening not), unless an approved trip covering the stop has a destination there.
 */
public final class ForbiddenDwellRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.FORBIDDEN_DWELL;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        long dwell = Math.round(p.number("dwellMinutes"));
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        List<Finding> found = new ArrayList<>();
        for (Facts.Seg stop : facts.segments()) {
            if (stop.moving() || stop.duration().toMinutes() < dwell) {
                continue;
            }
            var place = Facts.point(stop.startLat(), stop.startLon());
            for (Facts.Fence fence : facts.forbidden()) {
                if (!fence.geom().covers(place)) {
                    continue;
                }
                long minutes = Minutes.where(stop.start(), stop.end(), fence::activeAt);
                if (minutes < Math.max(1, dwell)) {
                    continue;
                }
                Facts.Trip trip = facts.coveringTrip(stop.start(), stop.end(), tolerance);
                if (trip != null && trip.destinations().stream().anyMatch(d -> fence.geom().covers(d))) {
                    continue;
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("geofenceId", fence.id());
                details.put("place", fence.name());
                details.put("category", fence.category());
                details.put("dwellMinutes", minutes);
                details.put("stopId", stop.id());
                found.add(new Finding(key(), stop.start(), stop.end(), String.format("stood %d min at %s (%s)", minutes,
                        fence.name(), fence.category()), details, trip == null ? null : trip.id()));
            }
        }
        return found;
    }
}
