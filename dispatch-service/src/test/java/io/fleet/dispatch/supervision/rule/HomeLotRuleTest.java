package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomeLotRuleTest {

    private final Rule rule = new HomeLotRule();
    private final Params params = Params.defaults(RuleKey.HOME_LOT);

    @Test
    void parkedAwayOvernightIsFoundAndAtHomeIsNot() {
        TestTrack away = new TestTrack("2026-10-12T20:00").stand(5).drive(15, 40).stand(8 * 60);
        away.homeLot = TestTrack.square(TestTrack.LAT, TestTrack.LON, 100);
        assertThat(rule.evaluate(away.facts(), params)).singleElement()
                .satisfies(f -> assertThat((Long) f.details().get("awayM")).isGreaterThan(9_000));

        TestTrack home = new TestTrack("2026-10-12T20:00").stand(5).drive(15, 40).stand(8 * 60);
        home.homeLot = TestTrack.square(home.lat(), home.lon(), 100);
        assertThat(rule.evaluate(home.facts(), params)).as("parked at the lot it drove to").isEmpty();
    }

    @Test
    void anApprovedNightTripExcusesItAndNoLotNoData() {
        TestTrack away = new TestTrack("2026-10-12T20:00").stand(5).drive(15, 40).stand(8 * 60)
                .trip(4, "2026-10-12T20:00", "2026-10-13T03:00", 30.3, 120.2);
        away.homeLot = TestTrack.square(TestTrack.LAT, TestTrack.LON, 100);
        assertThat(rule.evaluate(away.facts(), params)).isEmpty();

        TestTrack noLot = new TestTrack("2026-10-12T20:00").stand(5).drive(15, 40).stand(8 * 60);
        assertThat(rule.evaluate(noLot.facts(), params)).isEmpty();
    }

    @Test
    void movingDuringSealingIsFoundStayingIsNot() {
        TestTrack moved = new TestTrack("2026-10-03T10:00").stand(30).drive(20, 40).stand(30);
        moved.homeLot = TestTrack.square(TestTrack.LAT, TestTrack.LON, 100);
        moved.sealing.add(new Facts.Sealing(TestTrack.at("2026-10-01T00:00"), TestTrack.at("2026-10-08T00:00"), "国庆封存"));
        assertThat(rule.evaluate(moved.facts(), params)).singleElement()
                .satisfies(f -> assertThat(f.summary()).contains("sealed"));

        TestTrack stayed = new TestTrack("2026-10-03T10:00").stand(60);
        stayed.homeLot = TestTrack.square(TestTrack.LAT, TestTrack.LON, 100);
        stayed.status = "SEALED";
        assertThat(rule.evaluate(stayed.facts(), params)).isEmpty();
    }
}
