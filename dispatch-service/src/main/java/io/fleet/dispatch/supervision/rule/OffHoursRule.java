package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;

/**
 * Rule 2: a movement without an approved trip (as rule 1) of which at least minMinutes fall outside working time —
 * after hours, on a weekend or a holiday; a make-up working day (调休) is a working day. The engine keeps this alarm
 * instead of rule 1's for the same movement, so one incident raises one alarm.
 */
public final class OffHoursRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.OFF_HOURS;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        List<Finding> found = new ArrayList<>();
        Duration tolerance = Minutes.of(p, "toleranceMinutes");
        long minMinutes = Math.round(p.number("minMinutes"));
        for (Facts.Seg m : UncoveredMovements.of(facts, p, tolerance)) {
            long off = Minutes.where(m.start(), m.end(), t -> !facts.calendar().isWorkingTime(t, facts.hours()));
            if (off < Math.max(1, minMinutes)) {
                continue;
            }
            LocalDate day = m.start().atZone(WorkCalendar.CHINA).toLocalDate();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("movementId", m.id());
            details.put("distanceM", Math.round(m.distanceM()));
            details.put("offHoursMinutes", off);
            details.put("day", day.toString());
            details.put("dayIs", facts.calendar().describe(day));
            details.put("workingHours", facts.hours().start() + "-" + facts.hours().end());
            found.add(new Finding(key(), m.start(), m.end(), String.format(
                    "drove %.1f km, %d min of it outside working time (%s, %s), with no approved trip",
                    m.distanceM() / 1000, off, day, facts.calendar().describe(day)), details, null));
        }
        return found;
    }
}
