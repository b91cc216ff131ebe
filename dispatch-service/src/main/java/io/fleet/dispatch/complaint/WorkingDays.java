package io.fleet.dispatch.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Deadlines in working days, China Standard Time, ending at the end of the last day. Which days are worked comes from
 * a calendar (HolidayCalendar: Monday to Friday, corrected by the official holidays and make-up working days the
 * supervision area keeps in {@code holiday_calendar}); {@link #MONDAY_TO_FRIDAY} when none is known.
 */
public final class WorkingDays {

    public static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    public static final Predicate<LocalDate> MONDAY_TO_FRIDAY =
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;

    private WorkingDays() {
    }

    /** The end (24:00 CST) of the {@code days}-th working day after the day of {@code from}. */
    public static Instant deadline(Instant from, int days, Predicate<LocalDate> working) {
        LocalDate day = LocalDate.ofInstant(from, CST);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (working.test(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(CST).toInstant();
    }

    public static Instant deadline(Instant from, int days) {
        return deadline(from, days, MONDAY_TO_FRIDAY);
    }

    /** Working days left from {@code now} until {@code due}: 0 on the last day, negative once it has passed. */
    public static int left(Instant now, Instant due, Predicate<LocalDate> working) {
        LocalDate today = LocalDate.ofInstant(now, CST);
        LocalDate last = ZonedDateTime.ofInstant(due, CST).minusNanos(1).toLocalDate();
        if (!now.isBefore(due)) {
            return -1;
        }
        int n = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (working.test(d)) {
                n++;
            }
        }
        return n;
    }

    public static int left(Instant now, Instant due) {
        return left(now, due, MONDAY_TO_FRIDAY);
    }
}
