package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

class OffHoursRuleTest {

    private final Rule rule = new OffHoursRule();
    private final Params params = Params.defaults(RuleKey.OFF_HOURS);

    @Test
    void aNightDriveWithoutTripIsFound() {
        TestTrack t = new TestTrack("2026-10-12T21:00").stand(5).drive(30, 50).stand(5);
        List<Finding> found = rule.evaluate(t.facts(), params);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).details()).containsEntry("offHoursMinutes", 30L).containsEntry("dayIs", "working day");
    }

    @Test
    void anApprovedNightTripIsNot() {
        TestTrack t = new TestTrack("2026-10-12T21:00").stand(5).drive(30, 50).stand(5)
                .trip(3, "2026-10-12T21:00", "2026-10-12T22:00", 30.4, 120.3);
        assertThat(rule.evaluate(t.facts(), params)).isEmpty();
    }

    @Test
    void aDriveEndingJustAfterHoursIsBelowTheThreshold() {
        TestTrack t = new TestTrack("2026-10-12T17:00").stand(5).drive(29, 50).stand(5);
        assertThat(rule.evaluate(t.facts(), params)).as("17:05-17:34: 4 min after 17:30").isEmpty();
    }

    @Test
    void weekendsAndHolidaysAreOffButAMakeUpSaturdayIsWorked() {
        TestTrack holiday = new TestTrack("2026-10-05T10:00").stand(5).drive(20, 50).stand(5);
        holiday.days.put(LocalDate.of(2026, 10, 5), new WorkCalendar.Day(WorkCalendar.DayKind.HOLIDAY, "国庆节"));
        assertThat(rule.evaluate(holiday.facts(), params)).singleElement()
                .extracting(f -> f.details().get("dayIs")).isEqualTo("国庆节");

        TestTrack saturday = new TestTrack("2026-10-17T10:00").stand(5).drive(20, 50).stand(5);
        assertThat(rule.evaluate(saturday.facts(), params)).singleElement()
                .extracting(f -> f.details().get("dayIs")).isEqualTo("weekend");

        TestTrack makeUp = new TestTrack("2026-10-10T10:00").stand(5).drive(20, 50).stand(5);
        makeUp.days.put(LocalDate.of(2026, 10, 10), new WorkCalendar.Day(WorkCalendar.DayKind.WORKDAY, "国庆节调休上班"));
        assertThat(rule.evaluate(makeUp.facts(), params)).as("Saturday 10 October 2026 is worked").isEmpty();
        assertThat(new NoTripRule().evaluate(makeUp.facts(), Params.defaults(RuleKey.NO_TRIP)))
                .as("still no trip: rule 1's").hasSize(1);
    }

    @Test
    void oneMovementFoundByBothRulesRaisesOnlyTheOffHoursAlarm() {
        TestTrack t = new TestTrack("2026-10-12T21:00").stand(5).drive(30, 50).stand(5)
                .drive(30, 50).stand(5); // second drive 21:40-22:10, also off hours
        Map<RuleKey, List<Finding>> found = Rules.evaluate(t.facts(), Map.of(RuleKey.NO_TRIP,
                Params.defaults(RuleKey.NO_TRIP), RuleKey.OFF_HOURS, Params.defaults(RuleKey.OFF_HOURS)));
        assertThat(found.get(RuleKey.NO_TRIP)).isEmpty();
        assertThat(found.get(RuleKey.OFF_HOURS)).as("two drives 5 min apart: one incident").hasSize(1);
        assertThat(found.get(RuleKey.OFF_HOURS).get(0).end()).isEqualTo(TestTrack.at("2026-10-12T22:10"));
    }
}
