package io.fleet.dispatch.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;

class RouteDeviationRuleTest {

    private final Rule rule = new RouteDeviationRule();
    private final Params params = Params.defaults(RuleKey.ROUTE_DEVIATION);

    /** The planned route: north-east from the start for 15 km, the way TestTrack drives. */
    private static TestTrack planned(TestTrack t, double destLat, double destLon) {
        t.trip(5, "2026-10-12T10:00", "2026-10-12T11:00", destLat, destLon);
        Facts.Trip trip = t.trips.remove(0);
        double dLat = 15_000 * Math.sqrt(0.5) / 111_195;
        double dLon = 15_000 * Math.sqrt(0.5) / (111_195 * Math.cos(Math.toRadians(TestTrack.LAT)));
        t.trips.add(new Facts.Trip(trip.id(), trip.state(), trip.category(), trip.windowStart(), trip.windowEnd(),
                trip.destinations(), null, trip.pickup(), Facts.GEOMETRY.createLineString(new Coordinate[] {
                        new Coordinate(TestTrack.LON, TestTrack.LAT),
                        new Coordinate(TestTrack.LON + dLon, TestTrack.LAT + dLat)})));
        return t;
    }

    @Test
    void followingThePlannedRouteToTheDestinationIsFine() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 40).stand(10);
        planned(t, t.lat(), t.lon());
        assertThat(rule.evaluate(t.facts(), params)).isEmpty();
    }

    @Test
    void aDestinationNeverReachedIsFound() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(10, 40).stand(60);
        planned(t, TestTrack.LAT + 0.0954, TestTrack.LON + 0.1103); // ~15 km on: the car stopped half way
        assertThat(rule.evaluate(t.facts(), params)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("kind", "DESTINATION_NOT_VISITED"));
    }

    @Test
    void leavingTheCorridorLongEnoughIsFoundBrieflyIsNot() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 40).stand(10);
        TestTrack shifted = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 40).stand(10);
        planned(shifted, t.lat(), t.lon());
        // the whole track 1 km south of the route: off the corridor, and the destination 1 km away
        List<Facts.Fix> moved = shifted.fixes.stream().map(f -> new Facts.Fix(f.time(), f.lat() - 0.009, f.lon(),
                f.speedKmh(), 0, f.acc())).toList();
        shifted.fixes.clear();
        shifted.fixes.addAll(moved);
        List<Finding> found = rule.evaluate(shifted.facts(), params);
        assertThat(found).extracting(f -> f.details().get("kind")).containsExactly("OFF_ROUTE",
                "DESTINATION_NOT_VISITED");
        Params wide = Params.of(RuleKey.ROUTE_DEVIATION, java.util.Map.of("corridorM", 1500, "destinationRadiusM", 1500));
        assertThat(rule.evaluate(shifted.facts(), wide)).as("inside a 1.5 km corridor").isEmpty();
    }

    @Test
    void aTripWithoutARouteIsOnlyCheckedForItsDestinations() {
        TestTrack t = new TestTrack("2026-10-12T10:00").stand(5).drive(20, 40).stand(10)
                .trip(5, "2026-10-12T10:00", "2026-10-12T11:00", TestTrack.LAT, TestTrack.LON);
        assertThat(rule.evaluate(t.facts(), params)).as("the start is the destination: visited").isEmpty();
    }
}
