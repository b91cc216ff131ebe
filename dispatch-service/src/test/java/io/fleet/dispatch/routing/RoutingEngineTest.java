package io.fleet.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.graphhopper.util.DistanceCalcEarth;
import org.junit.jupiter.api.Test;

/** Routes, matrices and snapping on the real Monaco extract. */
class RoutingEngineTest {

    // Points from GraphHopper's own Monaco tests, about 380 m apart as the crow flies, with one-way streets between.
    static final LatLon CASINO_SIDE = LatLon.of(43.730729, 7.42135);
    static final LatLon PORT_SIDE = LatLon.of(43.727697, 7.419199);
    static final LatLon FONTVIEILLE = LatLon.of(43.728677, 7.41016);
    static final LatLon LARVOTTO = LatLon.of(43.739213, 7.4277);

    private final RoutingEngine engine = TestMaps.monaco();

    @Test
    void routeBetweenKnownPointsHasPlausibleDistanceTimeAndGeometry() {
        Route route = engine.route(RoadProfile.CAR, CASINO_SIDE, PORT_SIDE);

        assertThat(route.distanceMeters()).isBetween(crowFly(CASINO_SIDE, PORT_SIDE) * 1.5, 3600.0);
        double kmh = route.distanceMeters() / route.timeSeconds() * 3.6;
        assertThat(kmh).as("average urban speed").isBetween(15.0, 70.0);
        assertThat(route.geometry()).hasSizeGreaterThan(10);
        // The line starts and ends where the points meet the road network.
        assertThat(crowFly(route.geometry().get(0), engine.snap(RoadProfile.CAR, CASINO_SIDE).road())).isLessThan(1);
        assertThat(crowFly(route.geometry().get(route.geometry().size() - 1), engine.snap(RoadProfile.CAR, PORT_SIDE).road()))
                .isLessThan(1);
        assertThat(lineLength(route.geometry())).isCloseTo(route.distanceMeters(), within(route.distanceMeters() * 0.02));
    }

    @Test
    void minibusTakesLongerThanACar() {
        Route car = engine.route(RoadProfile.CAR, FONTVIEILLE, LARVOTTO);
        Route minibus = engine.route(RoadProfile.MINIBUS, FONTVIEILLE, LARVOTTO);

        assertThat(minibus.timeSeconds()).isGreaterThan(car.timeSeconds() * 1.05);
    }

    @Test
    void matrixCellsEqualSingleRoutes() {
        List<LatLon> points = List.of(CASINO_SIDE, PORT_SIDE, FONTVIEILLE, LARVOTTO);
        TravelMatrix matrix = engine.matrix(RoadProfile.CAR, points, points);

        for (int i = 0; i < points.size(); i++) {
            assertThat(matrix.seconds(i, i)).isZero();
            for (int j = 0; j < points.size(); j++) {
                if (i != j) {
                    Route route = engine.route(RoadProfile.CAR, points.get(i), points.get(j));
                    assertThat(matrix.metres(i, j)).as("metres %d→%d", i, j).isCloseTo(route.distanceMeters(), within(1.0));
                    assertThat(matrix.seconds(i, j)).as("seconds %d→%d", i, j).isCloseTo(route.timeSeconds(), within(1.0));
                }
            }
        }
    }

    @Test
    void matrixIsRoughlySymmetricAndServedFromTheCacheTheSecondTime() {
        List<LatLon> points = List.of(CASINO_SIDE, FONTVIEILLE, LARVOTTO);
        engine.matrix().clearCache();
        TravelMatrix first = engine.matrix(RoadProfile.CAR, points, points);
        int cached = engine.matrix().cachedPairs();
        TravelMatrix second = engine.matrix(RoadProfile.CAR, points, points);

        assertThat(cached).isEqualTo(9);
        assertThat(engine.matrix().cachedPairs()).isEqualTo(9);
        assertThat(second.seconds()).isDeepEqualTo(first.seconds());
        // One-way streets make A→B and B→A differ, but not by more than a detour around a block or two.
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                assertThat(first.metres(i, j)).isCloseTo(first.metres(j, i), within(1500.0));
            }
        }
    }

    @Test
    void snapPutsAPointOnTheNearestRoad() {
        LatLon offRoad = LatLon.of(43.7355, 7.4210);
        SnappedPoint snapped = engine.snap(RoadProfile.CAR, offRoad);

        assertThat(snapped.distanceMeters()).isGreaterThan(0).isLessThan(300);
        assertThat(crowFly(snapped.road(), offRoad)).isCloseTo(snapped.distanceMeters(), within(1.0));
        assertThat(engine.snap(RoadProfile.CAR, snapped.road()).distanceMeters()).isLessThan(0.5);
    }

    @Test
    void aPointOffTheMapIsNamedByItsField() {
        LatLon paris = LatLon.of(48.8566, 2.3522);

        assertThatThrownBy(() -> engine.matrix(RoadProfile.CAR, List.of(CASINO_SIDE, paris), List.of(PORT_SIDE)))
                .isInstanceOfSatisfying(OffMapException.class, e -> assertThat(e.field()).isEqualTo("origins[1]"));
        assertThatThrownBy(() -> engine.route(RoadProfile.CAR, CASINO_SIDE, paris))
                .isInstanceOfSatisfying(OffMapException.class, e -> assertThat(e.field()).isEqualTo("to"));
        // Out at sea, kilometres from the nearest road.
        assertThatThrownBy(() -> engine.snap(RoadProfile.CAR, LatLon.of(43.60, 7.44)))
                .isInstanceOfSatisfying(OffMapException.class, e -> assertThat(e.field()).isEqualTo("point"));
    }

    static double crowFly(LatLon a, LatLon b) {
        return DistanceCalcEarth.DIST_EARTH.calcDist(a.lat(), a.lon(), b.lat(), b.lon());
    }

    static double lineLength(List<LatLon> line) {
        double total = 0;
        for (int i = 1; i < line.size(); i++) {
            total += crowFly(line.get(i - 1), line.get(i));
        }
        return total;
    }
}
