package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

class ParamsAndCalendarTest {

    @Test
    void overridesAreCheckedByNameAndType() {
        assertThat(Params.check(RuleKey.NO_TRIP, Map.of("minDistanceM", 500))).isNull();
        assertThat(Params.check(RuleKey.NO_TRIP, Map.of("minDistance", 500))).startsWith("minDistance:");
        assertThat(Params.check(RuleKey.NO_TRIP, Map.of("minDistanceM", "far"))).startsWith("minDistanceM:");
        assertThat(Params.check(RuleKey.NO_TRIP, Map.of("minDistanceM", -1))).startsWith("minDistanceM:");
        assertThat(Params.check(RuleKey.SPEEDING, Map.of("limits", Map.of("TRUCK", 80)))).startsWith("limits:");
        assertThat(Params.check(RuleKey.WORKING_HOURS, Map.of("start", "9am"))).startsWith("start:");
        assertThat(Params.check(RuleKey.WORKING_HOURS, Map.of("start", "18:00"))).startsWith("end:");
        assertThat(Params.of(RuleKey.SPEEDING, Map.of("limits", Map.of("SUV", 100))).map("limits"))
                .containsEntry("SUV", 100).containsEntry("SEDAN", 120);
    }

    @Test
    void makeUpDaysAreWorkedAndHolidaysAreNot() {
        WorkCalendar calendar = new WorkCalendar(Map.of(
                LocalDate.of(2026, 10, 1), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
                LocalDate.of(2026, 10, 10), new WorkCalendar.Day(WorkCalendar.DayKind.WORKDAY, "国庆节调休上班")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("a Thursday off").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a Saturday worked").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).as("an ordinary Monday").isTrue();
        WorkingHours hours = new WorkingHours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30));
        assertThat(calendar.isWorkingTime(TestTrack.at("2026-10-10T08:30"), hours)).isTrue();
        assertThat(calendar.isWorkingTime(TestTrack.at("2026-10-10T17:30"), hours)).isFalse();
        assertThat(calendar.isWorkingTime(TestTrack.at("2026-10-01T10:00"), hours)).isFalse();
    }
}
