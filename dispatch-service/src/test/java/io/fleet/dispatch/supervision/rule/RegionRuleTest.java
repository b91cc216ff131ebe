package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionRuleTest {

    private final Rule rule = new RegionRule();
    private final Params params = Params.defaults(RuleKey.REGION);

    private static TestTrack outAndBack() {
        // a 10 km city square around the start; driving 20 min at 60 km/h north-east leaves it after ~7 km
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 60).stand(20);
        t.region = TestTrack.square(TestTrack.LAT, TestTrack.LON, 10_000);
        return t;
    }

    @Test
    void leavingTheCityIsFound() {
        var found = rule.evaluate(outAndBack().facts(), params);
        assertThat(found).hasSize(1);
        assertThat((Long) found.get(0).details().get("farthestM")).isGreaterThan(10_000);
    }

    @Test
    void anApprovedTripThereIsNotButATripInsideTheCityDoesNotCoverIt() {
        TestTrack there = outAndBack().trip(5, "2026-10-12T10:00", "2026-10-12T11:00", 30.4, 120.35);
        assertThat(rule.evaluate(there.facts(), params)).isEmpty();
        TestTrack elsewhere = outAndBack().trip(5, "2026-10-12T10:00", "2026-10-12T11:00", 30.251, 120.151);
        assertThat(rule.evaluate(elsewhere.facts(), params)).hasSize(1);
    }

    @Test
    void grazingTheBoundaryBrieflyIsNotButStayingOutsideIs() {
        TestTrack brief = new TestTrack("2026-10-12T10:00").stand(5).drive(10, 60);
        brief.region = TestTrack.square(TestTrack.LAT, TestTrack.LON, 10_000);
        assertThat(rule.evaluate(brief.facts(), params)).as("outside for the last 3 min only").isEmpty();
        TestTrack stays = new TestTrack("2026-10-12T10:00").stand(5).drive(8, 60).stand(5);
        stays.region = TestTrack.square(TestTrack.LAT, TestTrack.LON, 10_000);
        assertThat(rule.evaluate(stays.facts(), params)).as("1 min driving and 5 parked outside").hasSize(1);
    }

    @Test
    void noRegionNoFinding() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 60);
        assertThat(rule.evaluate(t.facts(), params)).isEmpty();
    }
}
