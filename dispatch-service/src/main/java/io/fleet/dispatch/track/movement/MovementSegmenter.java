package io.fleet.dispatch.track.movement;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.track.Geo;

/**
 * Cuts a vehicle's track (points in fix-time order) into alternating stops and movements, the way a person reading
 * the map would:
 * <ol>
 * <li>Each interval between consecutive points is standing when both ends are below the moving speed, or when the
 * terminal was silent for longer than the silent gap without the car getting anywhere (engine off, terminal asleep).
 * <li>A run of standing intervals is a stop when it lasts at least the minimum stop, or when the ignition went from on
 * to off within it (the driver switched off: a stop, however short). Everything between stops is a movement.
 * <li>A movement that never leaves a small circle around its start is GNSS jitter or shunting: it joins the stops
 * around it.
 * </ol>
 * A pure function of the points: the same points give the same segments whatever period was asked for, and
 * recomputing from a segment boundary gives what a full recomputation would.
 */
public final class MovementSegmenter {

    private final MovementRules rules;

    public MovementSegmenter(MovementRules rules) {
        this.rules = rules;
    }

    public List<Segment> segment(List<TrackPoint> points) {
        if (points.size() < 2) {
            return points.isEmpty() ? List.of() : List.of(stats(Segment.Kind.STOP, points, 0, 0));
        }
        List<int[]> stops = mergeJitter(points, standingRuns(points).stops());
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (int[] stop : stops) {
            if (stop[0] > cursor) {
                segments.add(stats(Segment.Kind.MOVE, points, cursor, stop[0]));
            }
            segments.add(stats(Segment.Kind.STOP, points, stop[0], stop[1]));
            cursor = stop[1];
        }
        if (cursor < points.size() - 1) {
            segments.add(stats(Segment.Kind.MOVE, points, cursor, points.size() - 1));
        }
        return segments;
    }

    /**
     * Point index ranges [first, last] of the standing runs that count as stops. A run starts with a standing interval
     * and goes on while the car stays within the jitter radius of the run's first point, whatever speeds it reports
     * meanwhile (GNSS jitter at rest often reports a few km/h); it ends when the car leaves that circle, and is then
     * trimmed back to its last standing interval, so a departure does not lengthen the stop.
     */
    private Runs standingRuns(List<TrackPoint> points) {
        List<int[]> stops = new ArrayList<>();
        int runStart = -1;
        boolean ignitionOff = false;
        for (int i = 1; i < points.size(); i++) {
            TrackPoint a = points.get(i - 1);
            TrackPoint b = points.get(i);
            if (runStart >= 0 && !near(points.get(runStart), b)) {
                addIfStop(stops, points, runStart, trimmedEnd(points, runStart, i - 1), ignitionOff);
                runStart = -1;
            }
            if (runStart < 0 && standing(a, b)) {
                runStart = i - 1;
                // the driver may switch off as the car comes to rest, on the point that starts the run
                ignitionOff = i >= 2 && points.get(i - 2).acc() && !a.acc();
            }
            if (runStart >= 0) {
                ignitionOff |= a.acc() && !b.acc();
            }
        }
        boolean openRunIsStop = false;
        if (runStart >= 0) {
            openRunIsStop = addIfStop(stops, points, runStart, trimmedEnd(points, runStart, points.size() - 1),
                    ignitionOff);
        }
        return new Runs(stops, runStart, openRunIsStop);
    }

    /** The stops found, and the standing run still open at the last point (-1 if none) and whether it is a stop. */
    private record Runs(List<int[]> stops, int openRunStart, boolean openRunIsStop) {
    }

    /** The last point of the run reached by a standing interval (drops the first metres of a departure). */
    private int trimmedEnd(List<TrackPoint> points, int first, int last) {
        int end = last;
        while (end > first && !standing(points.get(end - 1), points.get(end))) {
            end--;
        }
        return end;
    }

    private boolean near(TrackPoint origin, TrackPoint p) {
        return Geo.metres(origin.latitude(), origin.longitude(), p.latitude(), p.longitude()) < rules.minMoveRadius();
    }

    private boolean addIfStop(List<int[]> stops, List<TrackPoint> points, int first, int last, boolean ignitionOff) {
        long millis = points.get(last).time().toEpochMilli() - points.get(first).time().toEpochMilli();
        if (last > first && (ignitionOff || millis >= rules.minStop().toMillis())) {
            stops.add(new int[] {first, last});
            return true;
        }
        return false;
    }

    private boolean standing(TrackPoint a, TrackPoint b) {
        if (a.speedKmh() < rules.movingKmh() && b.speedKmh() < rules.movingKmh()) {
            return true;
        }
        long millis = b.time().toEpochMilli() - a.time().toEpochMilli();
        if (millis < rules.silentGap().toMillis()) {
            return false;
        }
        double metres = Geo.metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        return Geo.impliedKmh(metres, millis) < rules.movingKmh();
    }

    /** Folds movements that never left a small circle into the stops around them (stops then touch and merge). */
    private List<int[]> mergeJitter(List<TrackPoint> points, List<int[]> stops) {
        List<int[]> merged = new ArrayList<>();
        int cursor = 0;
        for (int[] stop : stops) {
            int[] current = stop;
            boolean moveBeforeIsJitter = stop[0] > cursor && staysNear(points, cursor, stop[0]);
            int[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (moveBeforeIsJitter && (previous != null || cursor == 0)) {
                int first = previous != null ? previous[0] : 0;
                if (previous != null) {
                    merged.remove(merged.size() - 1);
                }
                current = new int[] {first, stop[1]};
            }
            merged.add(current);
            cursor = current[1];
        }
        if (!merged.isEmpty() && cursor < points.size() - 1 && staysNear(points, cursor, points.size() - 1)
                && points.get(points.size() - 1).speedKmh() < rules.movingKmh()) {
            merged.get(merged.size() - 1)[1] = points.size() - 1; // trailing jitter after the last stop
        }
        return merged;
    }

    private boolean staysNear(List<TrackPoint> points, int from, int to) {
        TrackPoint origin = points.get(from);
        for (int i = from + 1; i <= to; i++) {
            if (!near(origin, points.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What later points need to know to extend the last segment of {@code segment(points)} without reading the
     * points again, or empty when the end of the track is undecided (a standing run that is not yet a stop, a drive
     * that has not yet left the circle around its start): then only a recomputation from the segment before gives the
     * right answer. {@code segments} must be {@code segment(points)}.
     */
    public java.util.Optional<Tail> tail(List<TrackPoint> points, List<Segment> segments) {
        if (points.size() < 2 || segments.isEmpty()) {
            return java.util.Optional.empty();
        }
        Segment last = segments.get(segments.size() - 1);
        TrackPoint end = points.get(points.size() - 1);
        if (!last.end().equals(end) || last.points() < 2) {
            return java.util.Optional.empty();
        }
        Runs runs = standingRuns(points);
        if (last.kind() == Segment.Kind.STOP) {
            // the car stands in a run that already is a stop, and the last interval is standing: later points that
            // stand within the run's circle only lengthen it (see extend)
            int lastIndex = points.size() - 1;
            if (runs.openRunStart() < 0 || !runs.openRunIsStop()
                    || !standing(points.get(lastIndex - 1), end)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Tail(last, points.get(runs.openRunStart()), true));
        }
        if (runs.openRunStart() >= 0) {
            return java.util.Optional.empty(); // standing at a light, perhaps: a stop or not, later points decide
        }
        int from = points.size() - last.points();
        return java.util.Optional.of(new Tail(last, last.start(), !staysNear(points, from, points.size() - 1)));
    }

    /**
     * The last segment lengthened by {@code later} points (all after its end, in time order), when that is what
     * {@code segment} of all the points would give; empty when the later points may change the segmentation (the
     * car leaves the stop, stops during the drive, reports after a silent gap), so the caller recomputes.
     */
    public java.util.Optional<Extension> extend(Tail tail, List<TrackPoint> later) {
        Segment seg = tail.segment();
        TrackPoint previous = seg.end();
        double distance = seg.distanceM();
        double maxSpeed = seg.maxSpeedKmh();
        boolean leftOrigin = tail.leftOrigin();
        int added = 0;
        boolean lastStanding = true;
        for (TrackPoint p : later) {
            if (!p.time().isAfter(previous.time())) {
                return java.util.Optional.empty();
            }
            boolean standing = standing(previous, p);
            lastStanding = standing;
            if (seg.kind() == Segment.Kind.STOP) {
                // the run goes on while the car stays in the circle, whatever speed it reports (jitter spikes)
                if (!near(tail.origin(), p)) {
                    return java.util.Optional.empty();
                }
            } else {
                if (standing) {
                    return java.util.Optional.empty();
                }
                double metres = Geo.metres(previous.latitude(), previous.longitude(), p.latitude(), p.longitude());
                long millis = p.time().toEpochMilli() - previous.time().toEpochMilli();
                if (Geo.impliedKmh(metres, millis) <= rules.maxPlausibleKmh()) {
                    distance += metres;
                }
                leftOrigin |= !near(tail.origin(), p);
            }
            maxSpeed = Math.max(maxSpeed, p.speedKmh());
            previous = p;
            added++;
        }
        if (added == 0 || (seg.kind() == Segment.Kind.STOP && !lastStanding)) {
            return java.util.Optional.empty(); // a stop ends at its last standing interval: the next points decide
        }
        if (seg.kind() == Segment.Kind.MOVE && !leftOrigin && previous.speedKmh() < rules.movingKmh()) {
            return java.util.Optional.empty(); // the drive may turn out to be jitter of the stop before it
        }
        Double odometer = null;
        if (seg.start().mileageKm() != null && previous.mileageKm() != null
                && previous.mileageKm() >= seg.start().mileageKm()) {
            odometer = (previous.mileageKm() - seg.start().mileageKm()) * 1000;
        }
        Segment longer = new Segment(seg.kind(), seg.start(), previous, distance, odometer, maxSpeed,
                seg.points() + added);
        return java.util.Optional.of(new Extension(longer, new Tail(longer, tail.origin(), leftOrigin)));
    }

    /**
     * Saved state at the end of a track: its last segment, the place later points are compared with (a stop's
     * standing run started there; a drive started there) and whether the drive has left that place's circle.
     */
    public record Tail(Segment segment, TrackPoint origin, boolean leftOrigin) {
    }

    /** The lengthened last segment and the state after it. */
    public record Extension(Segment segment, Tail tail) {
    }

    private Segment stats(Segment.Kind kind, List<TrackPoint> points, int from, int to) {
        double distance = 0;
        double maxSpeed = 0;
        for (int i = from; i <= to; i++) {
            TrackPoint p = points.get(i);
            maxSpeed = Math.max(maxSpeed, p.speedKmh());
            if (i > from && kind == Segment.Kind.MOVE) {
                TrackPoint prev = points.get(i - 1);
                double metres = Geo.metres(prev.latitude(), prev.longitude(), p.latitude(), p.longitude());
                long millis = p.time().toEpochMilli() - prev.time().toEpochMilli();
                if (Geo.impliedKmh(metres, millis) <= rules.maxPlausibleKmh()) {
                    distance += metres;
                }
            }
        }
        TrackPoint start = points.get(from);
        TrackPoint end = points.get(to);
        Double odometer = null;
        if (start.mileageKm() != null && end.mileageKm() != null && end.mileageKm() >= start.mileageKm()) {
            odometer = (end.mileageKm() - start.mileageKm()) * 1000;
        }
        return new Segment(kind, start, end, distance, odometer, maxSpeed, to - from + 1);
    }
}
