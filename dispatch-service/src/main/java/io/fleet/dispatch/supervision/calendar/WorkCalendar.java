package io.fleet.dispatch.supervision.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Which days are worked: Monday to Friday, except the days the calendar names. A HOLIDAY is off even on a weekday;
 * a WORKDAY (调休 make-up working day) is worked even on a Saturday or Sunday. Pure: built from the table's rows.
 */
public final class WorkCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public enum DayKind { HOLIDAY, WORKDAY }

    public record Day(DayKind kind, String name) {
    }

    private final Map<LocalDate, Day> days;

    public WorkCalendar(Map<LocalDate, Day> days) {
        this.days = Map.copyOf(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        Day day = days.get(date);
        if (day != null) {
            return day.kind() == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Why the day is or is not worked, for evidence: "国庆节", "国庆节调休上班", "weekend", "working day". */
    public String describe(LocalDate date) {
        Day day = days.get(date);
        if (day != null) {
            return day.name();
        }
        return isWorkingDay(date) ? "working day" : "weekend";
    }

    /** Whether the instant falls in the working hours of a working day (China Standard Time). */
    public boolean isWorkingTime(Instant instant, WorkingHours hours) {
        ZonedDateTime local = instant.atZone(CHINA);
        return isWorkingDay(local.toLocalDate()) && hours.contains(local.toLocalTime());
    }
}
