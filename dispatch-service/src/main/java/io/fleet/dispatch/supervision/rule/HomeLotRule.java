package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;

/**
 * Rule 5: not back at the home lot overnight (where the vehicle is at checkTime each night, toleranceM around the
 * lot), or away from it for sealingMinMinutes during a sealing period (a sealing record, or the vehicle's status
 * SEALED). An approved trip covering the time excuses it. A night without any track data raises nothing here: the
 * silence is rule 7's business.
 */
public final class HomeLotRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.HOME_LOT;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        var lot = facts.vehicle().homeLot();
        if (lot == null) {
            return List.of();
        }
        double tolerance = p.number("toleranceM");
        Duration tripTolerance = Minutes.of(p, "toleranceMinutes");
        List<Finding> found = new ArrayList<>();
        LocalDate last = facts.to().atZone(WorkCalendar.CHINA).toLocalDate();
        for (LocalDate d = facts.from().atZone(WorkCalendar.CHINA).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            Instant check = d.atTime(p.time("checkTime")).atZone(WorkCalendar.CHINA).toInstant();
            if (check.isBefore(facts.from()) || check.isAfter(facts.to())) {
                continue;
            }
            Facts.Seg seg = facts.segments().stream()
                    .filter(s -> !s.start().isAfter(check) && !s.end().isBefore(check)).findFirst().orElse(null);
            if (seg == null) {
                continue;
            }
            double lat = seg.startLat();
            double lon = seg.startLon();
            if (seg.moving()) {
                Facts.Fix nearest = facts.fixes().stream().min((a, b) -> Long.compare(
                        Math.abs(Duration.between(a.time(), check).toSeconds()),
                        Math.abs(Duration.between(b.time(), check).toSeconds()))).orElse(null);
                if (nearest != null) {
                    lat = nearest.lat();
                    lon = nearest.lon();
                }
            }
            double away = Facts.metresFrom(lot, lat, lon);
            if (away <= tolerance || facts.coveringTrip(check, check, tripTolerance) != null) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("check", check.toString());
            details.put("awayM", Math.round(away));
            details.put("latitude", lat);
            details.put("longitude", lon);
            found.add(new Finding(key(), seg.start(), seg.end(), String.format("not at the home lot at %s on %s (%.1f km away)",
                    p.time("checkTime"), d, away / 1000), details, null));
        }
        List<Facts.Sealing> sealing = new ArrayList<>(facts.sealing());
        if ("SEALED".equals(facts.vehicle().status())) {
            sealing.add(new Facts.Sealing(facts.from(), facts.to(), "vehicle status SEALED"));
        }
        Duration minimum = Minutes.of(p, "sealingMinMinutes");
        for (Facts.Sealing period : sealing) {
            List<Facts.Fix> during = facts.fixesBetween(period.start(), period.end());
            for (List<Facts.Fix> run : Runs.of(during, f -> Facts.metresFrom(lot, f.lat(), f.lon()) > tolerance,
                    Duration.ofHours(1))) {
                Instant start = run.get(0).time();
                Instant end = run.get(run.size() - 1).time();
                if (Runs.length(run).compareTo(minimum) < 0 || facts.coveringTrip(start, end, tripTolerance) != null) {
                    continue;
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("sealing", period.reason());
                details.put("sealedFrom", period.start().toString());
                details.put("sealedTo", period.end().toString());
                details.put("minutesAway", Runs.length(run).toMinutes());
                found.add(new Finding(key(), start, end, String.format("away from the home lot for %d min while sealed (%s)",
                        Runs.length(run).toMinutes(), period.reason()), details, null));
            }
        }
        return found;
    }
}
