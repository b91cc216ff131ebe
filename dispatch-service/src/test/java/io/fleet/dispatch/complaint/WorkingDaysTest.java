package io.fleet.dispatch.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static Instant cst(String local) {
        return LocalDateTime.parse(local).atZone(WorkingDays.CST).toInstant();
    }

    @Test
    void fifteenWorkingDaysSkipThreeWeekends() {
        // received Monday 2026-11-23 10:00: day 1 is Tuesday, day 15 is Monday 2026-12-14; due at its end
        assertThat(WorkingDays.deadline(cst("2026-11-23T10:00"), 15)).isEqualTo(cst("2026-12-15T00:00"));
        // received on a Saturday: day 1 is Monday
        assertThat(WorkingDays.deadline(cst("2026-11-28T23:30"), 1)).isEqualTo(cst("2026-12-01T00:00"));
    }

    @Test
    void workingDaysLeftCountsWholeDaysAfterToday() {
        Instant due = cst("2026-12-15T00:00"); // end of Monday 14 December
        assertThat(WorkingDays.left(cst("2026-12-14T09:00"), due)).isZero();
        assertThat(WorkingDays.left(cst("2026-12-11T09:00"), due)).isEqualTo(1); // Friday: Monday is left
        assertThat(WorkingDays.left(cst("2026-12-10T09:00"), due)).isEqualTo(2);
        assertThat(WorkingDays.left(cst("2026-12-15T00:00"), due)).isNegative();
    }

    @Test
    void holidaysAndMakeUpWorkingDaysCount() {
        // National Day 2026: 1-7 October off, Saturday 10 October worked (holiday_calendar, V31)
        java.util.Set<LocalDate> off = java.util.Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07"));
        java.util.function.Predicate<LocalDate> working = day -> day.equals(LocalDate.parse("2026-10-10"))
                || (!off.contains(day) && WorkingDays.MONDAY_TO_FRIDAY.test(day));
        // received Wednesday 30 September: day 1 is Thursday 8 October, day 3 the make-up Saturday 10 October
        assertThat(WorkingDays.deadline(cst("2026-09-30T16:00"), 3, working)).isEqualTo(cst("2026-10-11T00:00"));
        assertThat(WorkingDays.deadline(cst("2026-09-30T16:00"), 3)).isEqualTo(cst("2026-10-06T00:00"));
        assertThat(WorkingDays.left(cst("2026-10-01T09:00"), cst("2026-10-11T00:00"), working)).isEqualTo(3);
    }
}
