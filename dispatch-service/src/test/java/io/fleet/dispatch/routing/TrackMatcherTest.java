package io.fleet.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A noisy recording of a real route is laid back onto the roads it followed. */
class TrackMatcherTest {

    private final RoutingEngine engine = TestMaps.monaco();

    @Test
    void noisyTrackIsMatchedOntoTheRoadsOfTheRouteItFollowed() {
        Route driven = engine.route(RoadProfile.CAR, RoutingEngineTest.FONTVIEILLE, RoutingEngineTest.LARVOTTO);
        List<LatLon> track = jitter(sample(driven.geometry(), 100), 10, new Random(808));

        MatchedTrack matched = engine.match(RoadProfile.CAR, track, 25.0, "points");

        assertThat(matched.distanceMeters()).isBetween(driven.distanceMeters() * 0.85, driven.distanceMeters() * 1.15);
        assertThat(matched.trackMeters()).isGreaterThan(matched.distanceMeters() * 0.8);
        for (LatLon p : matched.geometry()) {
            assertThat(engine.snap(RoadProfile.CAR, p).distanceMeters()).as("matched point %s lies on a road", p)
                    .isLessThan(1.0);
        }
        // The raw fixes are off the road; the matched line is not.
        double rawOffRoad = track.stream().mapToDouble(p -> engine.snap(RoadProfile.CAR, p).distanceMeters()).average().orElseThrow();
        assertThat(rawOffRoad).isGreaterThan(3);
    }

    @Test
    void aFixFarOffTheMapIsNamed() {
        List<LatLon> track = List.of(RoutingEngineTest.FONTVIEILLE, LatLon.of(10, 10), RoutingEngineTest.LARVOTTO);

        assertThatThrownBy(() -> engine.match(RoadProfile.CAR, track, null, "track.coordinates"))
                .isInstanceOfSatisfying(OffMapException.class, e -> assertThat(e.field()).isEqualTo("track.coordinates[1]"));
    }

    /** Points every {@code step} metres along a line. */
    static List<LatLon> sample(List<LatLon> line, double step) {
        List<LatLon> out = new ArrayList<>(List.of(line.get(0)));
        double carried = 0;
        for (int i = 1; i < line.size(); i++) {
            LatLon a = line.get(i - 1);
            LatLon b = line.get(i);
            double length = RoutingEngineTest.crowFly(a, b);
            double at = step - carried;
            while (at <= length) {
                double f = at / length;
                out.add(LatLon.of(a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon())));
                at += step;
            }
            carried = length - (at - step);
        }
        out.add(line.get(line.size() - 1));
        return out;
    }

    /** Gaussian GPS noise of the given standard deviation in metres, reproducible from the seed. */
    static List<LatLon> jitter(List<LatLon> points, double sigmaMeters, Random random) {
        return points.stream().map(p -> LatLon.of(
                p.lat() + random.nextGaussian() * sigmaMeters / 111_320.0,
                p.lon() + random.nextGaussian() * sigmaMeters / (111_320.0 * Math.cos(Math.toRadians(p.lat())))))
                .toList();
    }
}
