package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoTripRuleTest {

    private final Rule rule = new NoTripRule();
    private final Params params = Params.defaults(RuleKey.NO_TRIP);

    @Test
    void aDriveWithNoTripIsFound() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40).stand(10);
        List<Finding> found = rule.evaluate(t.facts(), params);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(TestTrack.at("2026-10-12T10:10"));
        assertThat(found.get(0).details()).containsEntry("distanceM", 13333L);
    }

    @Test
    void aDriveInsideItsTripWindowIsNot() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40).stand(10)
                .trip(1, "2026-10-12T10:15", "2026-10-12T10:25", 30.3, 120.2);
        assertThat(rule.evaluate(t.facts(), params)).as("window ±30 min covers 10:10-10:30").isEmpty();
    }

    @Test
    void aDriveBeyondTheToleranceIsFoundAndOneWithinIsNot() {
        TestTrack late = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40)
                .trip(1, "2026-10-12T09:00", "2026-10-12T09:59", 30.3, 120.2);
        assertThat(rule.evaluate(late.facts(), params)).as("ends 31 min after the window").hasSize(1);
        TestTrack justInside = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40)
                .trip(1, "2026-10-12T09:00", "2026-10-12T10:00", 30.3, 120.2);
        assertThat(rule.evaluate(justInside.facts(), params)).as("ends 30 min after the window").isEmpty();
    }

    @Test
    void shortHopsBelowTheThresholdsAreNotFound() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(10).drive(4, 60).stand(10).drive(10, 5);
        assertThat(rule.evaluate(t.facts(), params)).as("4 min (too short), then 833 m (too close)").isEmpty();
    }

    @Test
    void aPatrolInsideItsAreaAndHoursIsExemptButNotOutsideEither() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40).stand(10);
        t.duties.add(new Facts.Duty(TestTrack.square(TestTrack.LAT, TestTrack.LON, 40_000), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0), LocalDate.of(2026, 1, 1), null));
        assertThat(rule.evaluate(t.facts(), params)).as("inside area and shift").isEmpty();

        TestTrack small = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40).stand(10);
        small.duties.add(new Facts.Duty(TestTrack.square(TestTrack.LAT, TestTrack.LON, 5_000), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0), LocalDate.of(2026, 1, 1), null));
        assertThat(rule.evaluate(small.facts(), params)).as("left the patrol area").hasSize(1);

        TestTrack tuesdayShift = new TestTrack("2026-10-12T10:00").stand(10).drive(20, 40).stand(10);
        tuesdayShift.duties.add(new Facts.Duty(TestTrack.square(TestTrack.LAT, TestTrack.LON, 40_000),
                EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), LocalDate.of(2026, 1, 1), null));
        assertThat(rule.evaluate(tuesdayShift.facts(), params)).as("no shift on Monday").hasSize(1);
    }

    @Test
    void aNightShiftCoversTheSmallHours() {
        Facts.Duty night = new Facts.Duty(TestTrack.square(TestTrack.LAT, TestTrack.LON, 40_000),
                EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.of(6, 0), LocalDate.of(2026, 1, 1), null);
        assertThat(night.onShift(TestTrack.at("2026-10-13T03:00"))).as("Monday's shift, Tuesday 03:00").isTrue();
        assertThat(night.onShift(TestTrack.at("2026-10-12T03:00"))).as("Sunday night: no shift").isFalse();
        assertThat(night.onShift(TestTrack.at("2026-10-12T21:59"))).isFalse();
    }
}
