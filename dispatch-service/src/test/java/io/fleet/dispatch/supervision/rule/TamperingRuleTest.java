package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TamperingRuleTest {

    private final Rule rule = new TamperingRule();
    private final Params params = Params.defaults(RuleKey.TAMPERING);

    @Test
    void powerCutAndAntennaBitsAreFound() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5);
        t.alarmBits = 1 << 8;
        t.drive(5, 40);
        t.alarmBits = 0;
        t.stand(5);
        assertThat(rule.evaluate(t.facts(), params)).singleElement()
                .satisfies(f -> assertThat(f.summary()).contains("main power cut"));
    }

    @Test
    void otherAlarmBitsAreNotTampering() {
        TestTrack t = new TestTrack("2026-10-12T10:00");
        t.alarmBits = 1 | 2; // emergency button, overspeed
        t.stand(5).drive(5, 40);
        assertThat(rule.evaluate(t.facts(), params)).isEmpty();
    }

    @Test
    void silenceWhileTheCarMovedIsFoundATunnelOrAParkedSleepIsNot() {
        TestTrack unplugged = new TestTrack("2026-10-12T10:00").stand(5).silent(30, 20_000).stand(5);
        assertThat(rule.evaluate(unplugged.facts(), params)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("kind", "SILENT_WHILE_MOVED"));
        TestTrack tunnel = new TestTrack("2026-10-12T10:00").drive(5, 60).silent(4, 4_000).drive(5, 60);
        assertThat(rule.evaluate(tunnel.facts(), params)).isEmpty();
        TestTrack asleep = new TestTrack("2026-10-12T10:00").stand(5).silent(120, 30).stand(5);
        assertThat(rule.evaluate(asleep.facts(), params)).isEmpty();
    }

    @Test
    void oneGlitchAtRestIsNotButRepeatedJumpsAre() {
        TestTrack glitch = new TestTrack("2026-10-12T10:00").stand(5).glitch(8_000).stand(5);
        assertThat(rule.evaluate(glitch.facts(), params)).as("there and back: 2 jumps in the stored track").isEmpty();

        TestTrack spoofed = new TestTrack("2026-10-12T10:00").stand(5).glitch(8_000).stand(3).glitch(8_000).stand(5);
        spoofed.rejectedJumps.add(TestTrack.at("2026-10-12T10:05:10"));
        assertThat(rule.evaluate(spoofed.facts(), params)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("kind", "IMPOSSIBLE_JUMPS"));
    }
}
