package io.fleet.dispatch.driver.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a driver's rows mean for one day: the definition the console shows and the planner matches.
 * <ul>
 * <li>Days are calendar days in China Standard Time (Asia/Shanghai).</li>
 * <li>A SHIFT belongs to the day it starts on, even when it runs past midnight (a night shift is not cut in two).</li>
 * <li>A day on which no SHIFT starts is worked during the default hours, 08:00-18:00.</li>
 * <li>LEAVE is taken out of that time wherever it overlaps it, whichever day the leave started on.</li>
 * </ul>
 * The daily working-time limit ({@code driver.daily_limit_minutes}) caps the work planned into these intervals; it
 * does not shorten them.
 */
public final class DutyDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

    /** Rows whose time may matter for a day lie between its start and this long after its end (a shift's maximum). */
    public static final Duration REACH = Duration.ofHours(24);

    /** Where a day's working time came from. */
    public enum Basis {
        SHIFTS, DEFAULT_HOURS
    }

    /** One row of driver_shift as far as the arithmetic is concerned. */
    public record Row(ShiftKind kind, Interval interval) {
    }

    /**
     * A day's working time: what it was based on, the time planned before leave (the day's shifts or the default
     * hours), and the intervals left after leave (sorted, merged).
     */
    public record Working(Basis basis, List<Interval> planned, List<Interval> intervals) {

        public long minutes() {
            return intervals.stream().mapToLong(Interval::minutes).sum();
        }
    }

    private DutyDay() {
    }

    public static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }

    /** The day's working time from a driver's rows; rows that do not concern the day are ignored. */
    public static Working of(LocalDate day, List<Row> rows) {
        Instant dayStart = start(day);
        Instant dayEnd = end(day);
        List<Interval> shifts = rows.stream()
                .filter(r -> r.kind() == ShiftKind.SHIFT)
                .map(Row::interval)
                .filter(i -> !i.start().isBefore(dayStart) && i.start().isBefore(dayEnd))
                .toList();
        Basis basis = shifts.isEmpty() ? Basis.DEFAULT_HOURS : Basis.SHIFTS;
        List<Interval> planned = shifts.isEmpty()
                ? List.of(new Interval(day.atTime(DEFAULT_START).atZone(ZONE).toInstant(),
                        day.atTime(DEFAULT_END).atZone(ZONE).toInstant()))
                : shifts;
        List<Interval> leave = rows.stream().filter(r -> r.kind() == ShiftKind.LEAVE).map(Row::interval).toList();
        return new Working(basis, Interval.union(planned), Interval.minus(planned, leave));
    }
}
