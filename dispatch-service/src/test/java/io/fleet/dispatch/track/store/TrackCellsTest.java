package io.fleet.dispatch.track.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.fleet.dispatch.track.Geo;

/** The cells of a circle hold every point of the circle, and nothing far outside it. */
class TrackCellsTest {

    @Test
    void everyPointWithinTheRadiusFallsInACoveredCell() {
        SplittableRandom random = new SplittableRandom(808);
        for (int circle = 0; circle < 2_000; circle++) {
            double lat = -60 + random.nextDouble() * 120;
            double lon = -170 + random.nextDouble() * 340;
            double radius = 10 + random.nextDouble() * 5_000;
            long[] cells = TrackCells.covering(lat, lon, radius);
            for (int i = 0; i < 200; i++) {
                // a point at a random bearing, at a random distance up to the radius (great-circle destination)
                double bearing = random.nextDouble() * 2 * Math.PI;
                double distance = radius * Math.sqrt(random.nextDouble());
                double[] p = destination(lat, lon, bearing, distance);
                assertThat(Geo.metres(lat, lon, p[0], p[1])).isLessThanOrEqualTo(radius * 1.001);
                assertThat(cells)
                        .as("point %s,%s at %.0f m of %s,%s (radius %.0f)", p[0], p[1], distance, lat, lon, radius)
                        .contains(TrackCells.cell(p[0], p[1]));
            }
        }
    }

    @Test
    void aSmallCircleIsAFewCellsInAscendingOrder() {
        long[] cells = TrackCells.covering(30.2741, 120.1551, 200);
        assertThat(cells.length).isBetween(4, 12);
        assertThat(cells).isSorted().doesNotHaveDuplicates();
        assertThat(cells).contains(TrackCells.cell(30.2741, 120.1551));
        assertThat(cells).as("1 km east").doesNotContain(TrackCells.cell(30.2741, 120.1651));
    }

    @Test
    void cellsAreNumberedRowByRowFromTheSouthWestCorner() {
        assertThat(TrackCells.cell(-90, -180)).isZero();
        assertThat(TrackCells.cell(-90, -180 + 0.0021)).isEqualTo(1);
        assertThat(TrackCells.cell(-90 + 0.0021, -180)).isEqualTo(TrackCells.CELLS_PER_ROW);
    }

    private static double[] destination(double lat, double lon, double bearing, double metres) {
        double r = 6_371_008.8;
        double d = metres / r;
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(bearing));
        double lambda2 = lambda + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(phi),
                Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
