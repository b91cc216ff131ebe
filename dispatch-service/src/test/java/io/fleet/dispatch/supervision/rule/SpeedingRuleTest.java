package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SpeedingRuleTest {

    private final Rule rule = new SpeedingRule();

    @Test
    void sustainedSpeedAboveTheKindsLimitIsFound() {
        TestTrack t = new TestTrack("2026-10-12T10:00").drive(5, 100).drive(2, 140).drive(5, 100);
        assertThat(rule.evaluate(t.facts(), Params.defaults(RuleKey.SPEEDING))).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("limitKmh", 120.0).containsEntry("maxKmh", 140.0));
    }

    @Test
    void withinToleranceOrASingleSpikeIsNot() {
        TestTrack within = new TestTrack("2026-10-12T10:00").drive(10, 131);
        assertThat(rule.evaluate(within.facts(), Params.defaults(RuleKey.SPEEDING))).as("120 + 10 % = 132").isEmpty();
        TestTrack spike = new TestTrack("2026-10-12T10:00").drive(5, 100);
        spike.fixes.set(10, new Facts.Fix(spike.fixes.get(10).time(), spike.fixes.get(10).lat(),
                spike.fixes.get(10).lon(), 190, 0, true));
        assertThat(rule.evaluate(spike.facts(), Params.defaults(RuleKey.SPEEDING))).isEmpty();
    }

    @Test
    void limitsArePerKind() {
        TestTrack bus = new TestTrack("2026-10-12T10:00").drive(5, 115);
        bus.kind = "MINIBUS";
        assertThat(rule.evaluate(bus.facts(), Params.defaults(RuleKey.SPEEDING))).hasSize(1);
        bus.kind = "SEDAN";
        assertThat(rule.evaluate(bus.facts(), Params.defaults(RuleKey.SPEEDING))).isEmpty();
        bus.kind = "MINIBUS";
        assertThat(rule.evaluate(bus.facts(), Params.of(RuleKey.SPEEDING,
                Map.of("limits", Map.of("MINIBUS", 110))))).as("organisation's own limit").isEmpty();
    }
}
