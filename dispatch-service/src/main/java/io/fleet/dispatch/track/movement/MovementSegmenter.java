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
        List<int[]> stops = mergeJitter(points, standingRuns(points));
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
    private List<int[]> standingRuns(List<TrackPoint> points) {
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
        if (runStart >= 0) {
            addIfStop(stops, points, runStart, trimmedEnd(points, runStart, points.size() - 1), ignitionOff);
        }
        return stops;
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

    private void addIfStop(List<int[]> stops, List<TrackPoint> points, int first, int last, boolean ignitionOff) {
        long millis = points.get(last).time().toEpochMilli() - points.get(first).time().toEpochMilli();
        if (last > first && (ignitionOff || millis >= rules.minStop().toMillis())) {
            stops.add(new int[] {first, last});
        }
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
