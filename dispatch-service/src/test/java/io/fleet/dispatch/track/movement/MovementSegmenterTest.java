package io.fleet.dispatch.track.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hand-built recorded scenarios with the movements a person reading the map would name, written out by hand.
 * Times are China Standard Time; points every 10 s. A stop runs from the last point at which the car stood still
 * arriving to the last point it stood still before leaving.
 */
class MovementSegmenterTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final Instant EIGHT = Instant.parse("2026-10-12T00:00:00Z"); // 08:00 CST
    private final MovementSegmenter segmenter = new MovementSegmenter(MovementRules.DEFAULTS);

    private static String describe(Segment s) {
        return s.kind() + " " + LocalTime.ofInstant(s.start().time(), CST) + "-" + LocalTime.ofInstant(s.end().time(), CST);
    }

    private List<String> segments(Scenario scenario) {
        return segmenter.segment(scenario.points()).stream().map(MovementSegmenterTest::describe).toList();
    }

    @Test
    void driveWithIgnitionBetweenTwoParkings() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .stand(10, false, 0)        // 08:00:00-08:09:50 parked, engine off
                .drive(15, 40)              // 08:10:00-08:24:50, 10 km
                .stand(20, false, 0);       // 08:25:00-08:44:50 parked again
        assertThat(segments(s)).containsExactly(
                "STOP 08:00-08:09:50",
                "MOVE 08:09:50-08:25",
                "STOP 08:25-08:44:50");
        Segment drive = segmenter.segment(s.points()).get(1);
        assertThat(drive.distanceM()).isBetween(9_900.0, 10_100.0);
        assertThat(drive.odometerM()).isBetween(9_800.0, 10_200.0);
        assertThat(drive.maxSpeedKmh()).isEqualTo(40.0);
    }

    @Test
    void gnssJitterAtRestIsOneStopNotDrives() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .drive(5, 30)
                .stand(60, true, 25)        // an hour at a pick-up with the engine idling: wander of 25 m, 6 km/h spikes
                .drive(5, 30);
        assertThat(segments(s)).containsExactly(
                "MOVE 08:00-08:05",
                "STOP 08:05-09:04:50",
                "MOVE 09:04:50-09:09:50");
        assertThat(segmenter.segment(s.points()).get(1).distanceM()).isZero();
    }

    @Test
    void aTerminalSilentWhileTheEngineIsOffLeavesOneStopAcrossTheSilence() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .drive(10, 36)              // 08:00:00-08:09:50
                .silent(120)                // asleep until 10:10
                .drive(10, 36);             // 10:10:00-10:19:50, first report already moving
        assertThat(segments(s)).containsExactly(
                "MOVE 08:00-08:09:50",
                "STOP 08:09:50-10:10",
                "MOVE 10:10-10:19:50");
    }

    @Test
    void aTunnelWithoutReportsStaysInsideTheDrive() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .drive(5, 60)
                .driveUnseen(6, 60)         // 6 km through a tunnel, nothing received
                .drive(5, 60);
        assertThat(segments(s)).containsExactly("MOVE 08:00-08:15:50");
        // straight-line across the tunnel: 5 + 6 + 5 km, within GNSS rounding
        assertThat(segmenter.segment(s.points()).get(0).distanceM()).isBetween(15_800.0, 16_200.0);
    }

    @Test
    void aShortStopWithTheIgnitionOffIsAStopATrafficLightIsNot() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .drive(5, 40)
                .stand(2, true, 0)          // 08:05-08:06:50 red light, engine on: part of the drive
                .drive(5, 40)
                .stand(2, false, 0)         // 08:12-08:13:50 dropped a letter, engine off: a stop
                .drive(5, 40);
        assertThat(segments(s)).containsExactly(
                "MOVE 08:00-08:12",
                "STOP 08:12-08:13:50",
                "MOVE 08:13:50-08:18:50");
    }

    @Test
    void aDriveAcrossMidnightIsOneMovement() {
        Instant late = Instant.parse("2026-10-12T15:40:00Z"); // 23:40 CST
        Scenario s = new Scenario(late, 30.25, 120.15)
                .stand(10, false, 0)        // 23:40-23:49:50
                .drive(40, 50)              // 23:50-00:29:50
                .stand(10, false, 0);       // 00:30-00:39:50
        List<Segment> segments = segmenter.segment(s.points());
        assertThat(segments.stream().map(MovementSegmenterTest::describe).toList()).containsExactly(
                "STOP 23:40-23:49:50",
                "MOVE 23:49:50-00:30",
                "STOP 00:30-00:39:50");
        assertThat(segments.get(1).distanceM()).isBetween(33_000.0, 33_700.0);
    }

    @Test
    void recomputingFromASegmentBoundaryGivesWhatAFullRecomputationGives() {
        Scenario s = new Scenario(EIGHT, 30.25, 120.15)
                .stand(10, false, 0).drive(15, 40).stand(20, true, 20).drive(10, 50).silent(90).drive(5, 30)
                .stand(5, false, 0);
        List<Segment> full = segmenter.segment(s.points());
        for (int k = 1; k < full.size(); k++) {
            Instant boundary = full.get(k - 1).start().time();
            List<TrackPoint> tail = s.points().stream().filter(p -> !p.time().isBefore(boundary)).toList();
            List<Segment> partial = segmenter.segment(tail);
            assertThat(partial).as("recomputed from the start of segment %d", k - 1)
                    .isEqualTo(full.subList(k - 1, full.size()));
        }
    }
}
