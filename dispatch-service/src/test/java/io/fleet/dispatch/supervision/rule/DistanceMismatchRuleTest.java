package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DistanceMismatchRuleTest {

    private final Rule rule = new DistanceMismatchRule();
    private final Params params = Params.defaults(RuleKey.DISTANCE_MISMATCH);

    /** 13.3 km driven 10:10-10:30 on a trip with window 10:00-11:00. */
    private static TestTrack trip(Double reportedKm, double odometerFactor) {
        TestTrack t = new TestTrack("2026-10-12T10:00");
        t.odometerFactor = odometerFactor;
        return t.stand(10).drive(20, 40).stand(20).trip(3, "2026-10-12T10:00", "2026-10-12T11:00", 30.3, 120.2,
                reportedKm);
    }

    @Test
    void inflatedReadingsAreFound() {
        List<Finding> found = rule.evaluate(trip(50.0, Double.NaN).facts(), params);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.tripRequestId()).isEqualTo(3L);
            assertThat(f.details()).containsEntry("trackKm", 13.3)
                    .containsEntry("disagreements", List.of("driver's readings vs track"));
        });
    }

    @Test
    void aTerminalOdometerThatDisagreesWithTheTrackIsFound() {
        List<Finding> found = rule.evaluate(trip(null, 1.5).facts(), params);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.details())
                .containsEntry("disagreements", List.of("terminal odometer vs track")));
    }

    @Test
    void smallDifferencesAndMissingFiguresAreNot() {
        assertThat(rule.evaluate(trip(14.5, 1.02).facts(), params)).as("1.2 km and 0.3 km apart").isEmpty();
        assertThat(rule.evaluate(trip(15.2, Double.NaN).facts(), params)).as("1.9 km: below 2 km").isEmpty();
        assertThat(rule.evaluate(trip(null, Double.NaN).facts(), params)).as("nothing to compare with").isEmpty();
    }
}
