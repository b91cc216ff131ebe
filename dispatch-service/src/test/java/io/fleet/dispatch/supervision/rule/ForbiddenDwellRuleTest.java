package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class ForbiddenDwellRuleTest {

    private final Rule rule = new ForbiddenDwellRule();
    private final Params params = Params.defaults(RuleKey.FORBIDDEN_DWELL);

    private static TestTrack toRestaurant(String start, int standMinutes) {
        TestTrack t = new TestTrack(start).stand(5).drive(10, 36);
        t.forbidden.add(new Facts.Fence(11, "湖畔酒楼", "RESTAURANT", TestTrack.square(t.lat(), t.lon(), 200),
                LocalTime.of(18, 0), LocalTime.of(6, 0)));
        return t.stand(standMinutes);
    }

    @Test
    void anEveningAtTheRestaurantIsFound() {
        var found = rule.evaluate(toRestaurant("2026-10-12T18:45", 90).facts(), params);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.details()).containsEntry("place", "湖畔酒楼").containsEntry("dwellMinutes", 90L);
        });
    }

    @Test
    void lunchTimeOrAShortStopOrAnApprovedVisitIsNot() {
        assertThat(rule.evaluate(toRestaurant("2026-10-12T11:45", 60).facts(), params)).as("out of its hours").isEmpty();
        assertThat(rule.evaluate(toRestaurant("2026-10-12T18:45", 10).facts(), params)).as("10 min").isEmpty();
        TestTrack visit = toRestaurant("2026-10-12T18:45", 90);
        visit.trip(8, "2026-10-12T18:45", "2026-10-12T20:30", visit.lat(), visit.lon());
        assertThat(rule.evaluate(visit.facts(), params)).as("the trip's destination is there").isEmpty();
    }

    @Test
    void aStopThatOnlyBeginsToCountAtSixIsMeasuredFromSix() {
        var found = rule.evaluate(toRestaurant("2026-10-12T17:40", 40).facts(), params);
        assertThat(found).singleElement().extracting(f -> f.details().get("dwellMinutes")).isEqualTo(35L);
        assertThat(rule.evaluate(toRestaurant("2026-10-12T17:20", 40).facts(), params)).as("15 min after 18:00")
                .hasSize(1);
        assertThat(rule.evaluate(toRestaurant("2026-10-12T17:10", 40).facts(), params)).as("5 min after 18:00")
                .isEmpty();
    }
}
