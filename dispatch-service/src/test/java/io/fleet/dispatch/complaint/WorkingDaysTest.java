package io.fleet.dispatch.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
