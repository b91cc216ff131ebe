package io.fleet.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two road grids 3 km apart with nothing between them: every pair across them is unreachable. */
class UnreachableTest {

    static RoutingEngine engine;
    static final LatLon WEST = LatLon.of(30.2005, 120.1005);
    static final LatLon WEST_2 = LatLon.of(30.2040, 120.1030);
    static final LatLon EAST = LatLon.of(30.2005, 120.1405);

    @BeforeAll
    static void twoIslands(@TempDir Path dir) throws Exception {
        Path osm = dir.resolve("islands.osm");
        RoadGridOsm.write(osm, List.of(
                new RoadGridOsm.Grid(6, 6, 30.2, 120.1, 100),
                new RoadGridOsm.Grid(6, 6, 30.2, 120.14, 100)));
        // min network size 1: keep both islands snappable instead of dropping the smaller as noise
        engine = new RoutingEngine(RoadNetwork.open(osm, dir.resolve("cache"), 1, 300), 2, 1000);
        assertThat(Files.list(dir.resolve("cache"))).hasSize(1);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void matrixMarksPairsAcrossIslandsAsNull() {
        TravelMatrix matrix = engine.matrix(RoadProfile.CAR, List.of(WEST, EAST), List.of(WEST_2, EAST));

        assertThat(matrix.seconds(0, 0)).isPositive();
        assertThat(matrix.seconds(0, 1)).isNull();
        assertThat(matrix.metres(0, 1)).isNull();
        assertThat(matrix.seconds(1, 0)).isNull();
        assertThat(matrix.seconds(1, 1)).isZero();
    }

    @Test
    void aSingleRouteAcrossIslandsIsRefused() {
        assertThatThrownBy(() -> engine.route(RoadProfile.CAR, WEST, EAST)).isInstanceOf(NoRouteException.class);
    }

    @Test
    void gridRouteFollowsTheStreets() {
        Route route = engine.route(RoadProfile.CAR, WEST, WEST_2);
        // Along the streets: never shorter than the Manhattan distance, longer only to use a faster artery.
        double manhattan = RoutingEngineTest.crowFly(WEST, LatLon.of(WEST_2.lat(), WEST.lon()))
                + RoutingEngineTest.crowFly(LatLon.of(WEST_2.lat(), WEST.lon()), WEST_2);
        assertThat(route.distanceMeters()).isBetween(manhattan - 5, manhattan * 1.5);
    }
}
