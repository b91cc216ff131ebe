package io.fleet.dispatch.track.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Resuming segmentation from the saved tail gives exactly what segmenting all the points again gives. Random tracks
 * (stops with and without jitter and ignition, drives, lights, silent terminals, tunnels) are cut at every point;
 * the prefix is segmented, its tail saved, and the rest is fed to {@code extend} in chunks, as ingest batches would
 * arrive. Wherever extend answers, the result must equal the full segmentation; where it declines, the updater
 * recomputes (which {@code MovementSegmenterTest} covers). The test also checks that extend answers often enough to
 * be worth having: a parked car reporting all night, or a long drive, is extended without reading it again.
 */
class MovementResumeTest {

    private final MovementSegmenter segmenter = new MovementSegmenter(MovementRules.DEFAULTS);

    @Test
    void extendingTheSavedTailEqualsFullSegmentation() {
        long tried = 0;
        long extended = 0;
        for (int seed = 1; seed <= 40; seed++) {
            List<TrackPoint> points = randomTrack(new SplittableRandom(seed));
            List<Segment> full = segmenter.segment(points);
            for (int cut = 2; cut < points.size() - 1; cut += 3) {
                List<TrackPoint> known = points.subList(0, cut);
                List<Segment> before = segmenter.segment(known);
                Optional<MovementSegmenter.Tail> tail = segmenter.tail(known, before);
                tried++;
                // the rest arrives in chunks of 1..12 points; each chunk extends the tail while it can
                List<Segment> segments = new ArrayList<>(before);
                int next = cut;
                SplittableRandom chunks = new SplittableRandom(seed * 31L + cut);
                while (tail.isPresent() && next < points.size()) {
                    int end = Math.min(points.size(), next + 1 + chunks.nextInt(12));
                    Optional<MovementSegmenter.Extension> ext = segmenter.extend(tail.get(), points.subList(next, end));
                    if (ext.isEmpty()) {
                        tail = Optional.empty();
                        break;
                    }
                    segments.set(segments.size() - 1, ext.get().segment());
                    tail = Optional.of(ext.get().tail());
                    next = end;
                    assertThat(segments).as("seed %d, cut %d, extended to %d", seed, cut, end)
                            .isEqualTo(segmenter.segment(points.subList(0, end)));
                }
                if (tail.isPresent() && next == points.size()) {
                    extended++;
                    assertThat(segments).isEqualTo(full);
                }
            }
        }
        assertThat(extended).as("cuts whose whole rest was appended without recomputation, of %d", tried)
                .isGreaterThan(tried / 10);
    }

    @Test
    void aCarParkedAllNightIsExtendedNotRecomputed() {
        Scenario s = new Scenario(Instant.parse("2026-10-12T10:00:00Z"), 30.25, 120.15)
                .drive(20, 40).stand(8 * 60, false, 15);
        List<TrackPoint> points = s.points();
        int cut = points.size() - 8 * 60 * 6 + 30; // five minutes into the night
        List<Segment> before = segmenter.segment(points.subList(0, cut));
        MovementSegmenter.Tail tail = segmenter.tail(points.subList(0, cut), before).orElseThrow();
        int appended = 0;
        for (int i = cut; i < points.size(); i += 3) { // a batch of 30 s every round
            Optional<MovementSegmenter.Extension> ext = segmenter.extend(tail,
                    points.subList(i, Math.min(points.size(), i + 3)));
            if (ext.isPresent()) {
                tail = ext.get().tail();
                appended++;
            } else {
                // a jitter spike as the newest point: the next round recomputes; restart from there as it would
                List<TrackPoint> known = points.subList(0, Math.min(points.size(), i + 3));
                tail = segmenter.tail(known, segmenter.segment(known)).orElse(tail);
            }
        }
        assertThat(appended).as("rounds answered from the saved tail").isGreaterThan((points.size() - cut) / 3 / 2);
        assertThat(tail.segment().kind()).isEqualTo(Segment.Kind.STOP);
        assertThat(tail.segment().end()).isEqualTo(points.get(points.size() - 1));
    }

    private static List<TrackPoint> randomTrack(SplittableRandom r) {
        Scenario s = new Scenario(Instant.parse("2026-10-12T06:00:00Z").plusSeconds(r.nextInt(3600)), 30.25, 120.15);
        int phases = 6 + r.nextInt(8);
        for (int i = 0; i < phases; i++) {
            switch (r.nextInt(7)) {
                case 0 -> s.stand(1 + r.nextInt(40), r.nextBoolean(), r.nextBoolean() ? 0 : 5 + r.nextInt(40));
                case 1, 2 -> s.drive(1 + r.nextInt(25), 8 + r.nextInt(70));
                case 3 -> s.stand(1 + r.nextInt(3), true, 0); // a light or a queue
                case 4 -> s.silent(1 + r.nextInt(60));
                case 5 -> s.driveUnseen(1 + r.nextInt(15), 20 + r.nextInt(50));
                default -> s.stand(2 + r.nextInt(5), false, 30); // ignition off briefly, jittery
            }
        }
        return s.points();
    }
}
