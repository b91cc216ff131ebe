package io.fleet.dispatch.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines in working days, Monday to Friday in China Standard Time, ending at the end of the last day. Public
 * holidays and the weekend days China swaps for them are not known to the platform yet: a deadline over a holiday
 * falls earlier than the official calendar would put it, never later.
 */
public final class WorkingDays {

    public static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    private WorkingDays() {
    }

    /** The end (24:00 CST) of the {@code days}-th working day after the day of {@code from}. */
    public static Instant deadline(Instant from, int days) {
        LocalDate day = LocalDate.ofInstant(from, CST);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(CST).toInstant();
    }

    /** Working days left from {@code now} until {@code due}: 0 on the last day, negative once it has passed. */
    public static int left(Instant now, Instant due) {
        LocalDate today = LocalDate.ofInstant(now, CST);
        LocalDate last = ZonedDateTime.ofInstant(due, CST).minusNanos(1).toLocalDate();
        if (!now.isBefore(due)) {
            return -1;
        }
        int n = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
