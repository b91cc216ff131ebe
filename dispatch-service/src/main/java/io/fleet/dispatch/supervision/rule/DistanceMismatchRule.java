package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 9: on a finished trip, the distances do not agree. Three figures are compared when present: the driver's
 * odometer readings (end − start, from the phone), the track (movements inside the trip's window widened by
 * toleranceMinutes, GNSS jumps left out) and the terminal's odometer over the same movements. Two figures disagree
 * when they differ by more than minDifferenceKm and more than tolerancePercent of the larger one. A trip with no
 * readings and no terminal odometer has nothing to compare.
 */
public final class DistanceMismatchRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.DISTANCE_MISMATCH;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        double minKm = p.number("minDifferenceKm");
        double share = p.number("tolerancePercent") / 100;
        List<Finding> found = new ArrayList<>();
        for (Facts.Trip trip : facts.trips()) {
            if (!(trip.state().equals("COMPLETED") || trip.state().equals("EVALUATED"))
                    || trip.windowEnd().plus(tolerance).isAfter(facts.to())
                    || trip.windowStart().isBefore(facts.from())) {
                continue; // not finished, or not wholly inside the period looked at
            }
            List<Facts.Seg> moves = facts.segments().stream().filter(Facts.Seg::moving)
                    .filter(m -> !m.start().isBefore(trip.windowStart().minus(tolerance))
                            && !m.end().isAfter(trip.windowEnd().plus(tolerance))).toList();
            double trackKm = moves.stream().mapToDouble(Facts.Seg::distanceM).sum() / 1000;
            boolean odometerEverywhere = !moves.isEmpty() && moves.stream().allMatch(m -> m.odometerM() != null);
            Double terminalKm = odometerEverywhere
                    ? moves.stream().mapToDouble(Facts.Seg::odometerM).sum() / 1000 : null;
            List<String> disagreements = new ArrayList<>();
            if (trip.reportedKm() != null && differ(trip.reportedKm(), trackKm, minKm, share)) {
                disagreements.add("driver's readings vs track");
            }
            if (terminalKm != null && differ(terminalKm, trackKm, minKm, share)) {
                disagreements.add("terminal odometer vs track");
            }
            if (trip.reportedKm() != null && terminalKm != null && differ(trip.reportedKm(), terminalKm, minKm, share)) {
                disagreements.add("driver's readings vs terminal odometer");
            }
            if (disagreements.isEmpty()) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("tripRequestId", trip.id());
            details.put("reportedKm", trip.reportedKm());
            details.put("trackKm", Math.round(trackKm * 10) / 10.0);
            details.put("terminalOdometerKm", terminalKm == null ? null : Math.round(terminalKm * 10) / 10.0);
            details.put("disagreements", disagreements);
            found.add(new Finding(key(), trip.windowStart(), trip.windowEnd(), String.format(
                    "trip %d: %s (reported %s km, track %.1f km, terminal %s km)", trip.id(),
                    String.join("; ", disagreements), trip.reportedKm() == null ? "—" : trip.reportedKm(), trackKm,
                    terminalKm == null ? "—" : String.format("%.1f", terminalKm)), details, trip.id()));
        }
        return found;
    }

    private static boolean differ(double a, double b, double minKm, double share) {
        double d = Math.abs(a - b);
        return d > minKm && d > share * Math.max(a, b);
    }
}
