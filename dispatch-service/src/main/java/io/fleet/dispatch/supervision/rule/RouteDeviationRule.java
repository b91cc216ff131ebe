package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Point;

/**
 * Rule 6, during a driven trip (UNDER_WAY, COMPLETED, EVALUATED), in its window ± toleranceMinutes:
 * <ul>
 * <li>off the planned route — the road route from the pickup through the destinations — by more than corridorM for
 * at least minMinutes (only when the map covers the trip, so a route is known);</li>
 * <li>a destination not visited — no report within destinationRadiusM of it (finished trips only).</li>
 * </ul>
 */
public final class RouteDeviationRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.ROUTE_DEVIATION;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        double corridor = p.number("corridorM");
        Duration minimum = Minutes.of(p, "minMinutes");
        double radius = p.number("destinationRadiusM");
        List<Finding> found = new ArrayList<>();
        for (Facts.Trip trip : facts.trips()) {
            boolean finished = trip.state().equals("COMPLETED") || trip.state().equals("EVALUATED");
            if (!finished && !trip.state().equals("UNDER_WAY")) {
                continue;
            }
            Instant from = trip.windowStart().minus(tolerance);
            Instant to = trip.windowEnd().plus(tolerance);
            List<Facts.Fix> fixes = facts.fixesBetween(from, to);
            if (fixes.isEmpty()) {
                continue;
            }
            if (trip.plannedRoute() != null) {
                for (List<Facts.Fix> run : Runs.of(fixes,
                        f -> Facts.metresFrom(trip.plannedRoute(), f.lat(), f.lon()) > corridor, Duration.ofMinutes(10))) {
                    if (Runs.length(run).compareTo(minimum) < 0) {
                        continue;
                    }
                    double farthest = run.stream().mapToDouble(f -> Facts.metresFrom(trip.plannedRoute(), f.lat(),
                            f.lon())).max().orElse(0);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("kind", "OFF_ROUTE");
                    details.put("tripRequestId", trip.id());
                    details.put("minutesOffRoute", Runs.length(run).toMinutes());
                    details.put("farthestFromRouteM", Math.round(farthest));
                    details.put("plannedRoute", trip.plannedRoute().toText());
                    found.add(new Finding(key(), run.get(0).time(), run.get(run.size() - 1).time(), String.format(
                            "trip %d: %d min off the planned route, up to %.1f km", trip.id(),
                            Runs.length(run).toMinutes(), farthest / 1000), details, trip.id()));
                }
            }
            if (!finished || to.isAfter(facts.to()) || from.isBefore(facts.from())) {
                continue;
            }
            for (int i = 0; i < trip.destinations().size(); i++) {
                Point d = trip.destinations().get(i);
                double closest = fixes.stream().mapToDouble(f -> Facts.metres(f.lat(), f.lon(), d.getY(), d.getX()))
                        .min().orElse(Double.MAX_VALUE);
                if (closest <= radius) {
                    continue;
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", "DESTINATION_NOT_VISITED");
                details.put("tripRequestId", trip.id());
                details.put("destination", i);
                details.put("destinationLatitude", d.getY());
                details.put("destinationLongitude", d.getX());
                details.put("closestM", Math.round(closest));
                found.add(new Finding(key(), trip.windowStart(), trip.windowEnd(), String.format(
                        "trip %d: destination %d never reached (closest %.1f km)", trip.id(), i + 1, closest / 1000),
                        details, trip.id()));
            }
        }
        return found;
    }
}
