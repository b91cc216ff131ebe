package io.fleet.dispatch.driver.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The meaning of shift and leave rows for a day, and the interval arithmetic under it. */
class DutyDayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Interval at(String start, String end) {
        return new Interval(LocalDateTime.parse(start).atZone(DutyDay.ZONE).toInstant(),
                LocalDateTime.parse(end).atZone(DutyDay.ZONE).toInstant());
    }

    private static DutyDay.Row shift(String start, String end) {
        return new DutyDay.Row(ShiftKind.SHIFT, at(start, end));
    }

    private static DutyDay.Row leave(String start, String end) {
        return new DutyDay.Row(ShiftKind.LEAVE, at(start, end));
    }

    @Test
    void aDayWithoutShiftsIsWorkedDuringTheDefaultHoursInChinaStandardTime() {
        DutyDay.Working day = DutyDay.of(MONDAY, List.of());

        assertThat(day.basis()).isEqualTo(DutyDay.Basis.DEFAULT_HOURS);
        assertThat(day.intervals()).containsExactly(at("2026-11-23T08:00", "2026-11-23T18:00"));
        assertThat(day.intervals().get(0).start().toString()).isEqualTo("2026-11-23T00:00:00Z");
        assertThat(day.minutes()).isEqualTo(600);
    }

    @Test
    void leaveIsTakenOutOfAShift() {
        DutyDay.Working day = DutyDay.of(MONDAY, List.of(
                shift("2026-11-23T08:00", "2026-11-23T17:30"),
                leave("2026-11-23T10:00", "2026-11-23T12:00")));

        assertThat(day.basis()).isEqualTo(DutyDay.Basis.SHIFTS);
        assertThat(day.intervals()).containsExactly(
                at("2026-11-23T08:00", "2026-11-23T10:00"), at("2026-11-23T12:00", "2026-11-23T17:30"));
        assertThat(day.minutes()).isEqualTo(120 + 330);
    }

    @Test
    void leaveAlsoCutsTheDefaultHoursAndAWholeDayOfLeaveLeavesNothing() {
        assertThat(DutyDay.of(MONDAY, List.of(leave("2026-11-23T14:00", "2026-11-25T00:00"))).intervals())
                .containsExactly(at("2026-11-23T08:00", "2026-11-23T14:00"));
        DutyDay.Working annualLeave = DutyDay.of(MONDAY, List.of(
                shift("2026-11-23T08:00", "2026-11-23T17:30"), leave("2026-11-20T00:00", "2026-11-28T00:00")));
        assertThat(annualLeave.intervals()).isEmpty();
        assertThat(annualLeave.minutes()).isZero();
        assertThat(annualLeave.planned()).containsExactly(at("2026-11-23T08:00", "2026-11-23T17:30"));
    }

    @Test
    void leaveSpanningMidnightCutsTheEveningOfOneDayAndTheMorningOfTheNext() {
        List<DutyDay.Row> rows = List.of(
                shift("2026-11-23T13:00", "2026-11-23T22:00"),
                leave("2026-11-23T20:00", "2026-11-24T10:00"));

        assertThat(DutyDay.of(MONDAY, rows).intervals()).containsExactly(at("2026-11-23T13:00", "2026-11-23T20:00"));
        // Tuesday has no shift: default hours, less the morning's leave.
        DutyDay.Working tuesday = DutyDay.of(MONDAY.plusDays(1), rows);
        assertThat(tuesday.basis()).isEqualTo(DutyDay.Basis.DEFAULT_HOURS);
        assertThat(tuesday.intervals()).containsExactly(at("2026-11-24T10:00", "2026-11-24T18:00"));
    }

    @Test
    void aNightShiftBelongsToTheDayItStartsOnAndIsNotCutAtMidnight() {
        List<DutyDay.Row> rows = List.of(
                shift("2026-11-23T22:00", "2026-11-24T06:00"),
                leave("2026-11-24T04:00", "2026-11-24T05:00"));

        assertThat(DutyDay.of(MONDAY, rows).intervals()).containsExactly(
                at("2026-11-23T22:00", "2026-11-24T04:00"), at("2026-11-24T05:00", "2026-11-24T06:00"));
        // The shift started on Monday, so Tuesday falls back to the default hours.
        assertThat(DutyDay.of(MONDAY.plusDays(1), rows).intervals())
                .containsExactly(at("2026-11-24T08:00", "2026-11-24T18:00"));
    }

    @Test
    void severalShiftsADayAreKeptApartAndTouchingOnesJoin() {
        DutyDay.Working day = DutyDay.of(MONDAY, List.of(
                shift("2026-11-23T14:00", "2026-11-23T18:00"),
                shift("2026-11-23T07:00", "2026-11-23T11:00"),
                shift("2026-11-23T18:00", "2026-11-23T20:00"),
                leave("2026-11-23T10:30", "2026-11-23T15:00"),
                shift("2026-11-22T07:00", "2026-11-22T11:00"))); // Sunday's: not Monday's

        assertThat(day.intervals()).containsExactly(
                at("2026-11-23T07:00", "2026-11-23T10:30"), at("2026-11-23T15:00", "2026-11-23T20:00"));
        assertThat(day.minutes()).isEqualTo(210 + 300);
    }

    @Test
    void aLeaveInsideAShiftSplitsItAndSeveralLeavesCutTheSameShift() {
        List<Interval> left = Interval.minus(List.of(at("2026-11-23T08:00", "2026-11-23T18:00")), List.of(
                at("2026-11-23T09:00", "2026-11-23T10:00"),
                at("2026-11-23T09:30", "2026-11-23T11:00"),
                at("2026-11-23T17:00", "2026-11-23T19:00"),
                at("2026-11-23T06:00", "2026-11-23T07:00")));

        assertThat(left).containsExactly(
                at("2026-11-23T08:00", "2026-11-23T09:00"), at("2026-11-23T11:00", "2026-11-23T17:00"));
    }

    @Test
    void anIntervalMustEndAfterItStarts() {
        assertThatThrownBy(() -> at("2026-11-23T08:00", "2026-11-23T08:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
