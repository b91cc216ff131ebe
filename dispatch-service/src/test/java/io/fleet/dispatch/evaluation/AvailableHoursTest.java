package io.fleet.dispatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

class AvailableHoursTest {

    private static final WorkingHours NINE = new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 30));
    // the 2026 National Day week: 1-7 Oct off, Saturday 10 Oct worked (调休)
    private static final WorkCalendar CALENDAR = new WorkCalendar(Map.of(
            LocalDate.of(2026, 10, 1), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
            LocalDate.of(2026, 10, 2), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
            LocalDate.of(2026, 10, 5), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
            LocalDate.of(2026, 10, 6), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
            LocalDate.of(2026, 10, 7), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"),
            LocalDate.of(2026, 10, 10), new WorkCalendar.Day(WorkCalendar.DayKind.WORKDAY, "国庆节调休上班")));

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Test
    void workingHoursOfWorkingDaysOnlyWithMakeUpDays() {
        // 1-11 Oct 2026: the 8th, 9th (Thu, Fri) and the make-up Saturday 10th are worked
        assertThat(AvailableHours.of(CALENDAR, NINE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11), List.of()))
                .isEqualTo(27.0);
        // a plain week: five days of nine hours
        assertThat(AvailableHours.of(CALENDAR, NINE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), List.of()))
                .isEqualTo(45.0);
        // a weekend alone
        assertThat(AvailableHours.of(CALENDAR, NINE, LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8), List.of()))
                .isZero();
    }

    @Test
    void sealedTimeIsTakenOutOnceEvenWhenSealingPeriodsOverlap() {
        List<AvailableHours.Span> sealed = List.of(
                new AvailableHours.Span(at("2026-11-02T12:00"), at("2026-11-03T10:30")), // Mon 5.5 h + Tue 2 h
                new AvailableHours.Span(at("2026-11-03T09:00"), at("2026-11-03T11:30")), // overlaps: Tue to 11:30
                new AvailableHours.Span(at("2026-11-07T00:00"), at("2026-11-09T00:00"))); // the weekend: nothing
        assertThat(AvailableHours.of(CALENDAR, NINE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), sealed))
                .isEqualTo(45.0 - 5.5 - 3.0);
    }

    @Test
    void xlsxColumnsAndText() {
        assertThat(Xlsx.column(0)).isEqualTo("A");
        assertThat(Xlsx.column(25)).isEqualTo("Z");
        assertThat(Xlsx.column(26)).isEqualTo("AA");
        assertThat(Xlsx.column(27)).isEqualTo("AB");
        assertThat(Xlsx.escape("A&B <c> \"d\" 'e'\u0001")).isEqualTo("A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
        assertThat(Sheet.text(0.0001)).isEqualTo("0.0001");
        assertThat(Sheet.text(12.0)).isEqualTo("12");
    }

    @Test
    void csvKeepsFormulasOut() {
        Sheet sheet = new Sheet("t", List.of("unit", "km"), List.of(List.of("=HYPERLINK(\"x\")", 1.5),
                List.of("市局, 本级", 2.0)));
        assertThat(sheet.csv()).isEqualTo("unit,km\r\n\"'=HYPERLINK(\"\"x\"\")\",1.5\r\n\"市局, 本级\",2\r\n");
    }
}
