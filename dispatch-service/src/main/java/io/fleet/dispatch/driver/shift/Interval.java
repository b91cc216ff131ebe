package io.fleet.dispatch.driver.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open stretch of time [start, end). */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " - " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The same time as sorted, non-overlapping intervals; touching ones (12:00-12:00) become one. */
    public static List<Interval> union(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start.isAfter(last.end)) {
                if (next.end.isAfter(last.end)) {
                    merged.set(merged.size() - 1, new Interval(last.start, next.end));
                }
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** The time of {@code from} that none of {@code cuts} covers, sorted and merged. */
    public static List<Interval> minus(List<Interval> from, List<Interval> cuts) {
        List<Interval> remaining = union(from);
        for (Interval cut : union(cuts)) {
            List<Interval> next = new ArrayList<>();
            for (Interval piece : remaining) {
                if (!piece.overlaps(cut)) {
                    next.add(piece);
                    continue;
                }
                if (piece.start.isBefore(cut.start)) {
                    next.add(new Interval(piece.start, cut.start));
                }
                if (cut.end.isBefore(piece.end)) {
                    next.add(new Interval(cut.end, piece.end));
                }
            }
            remaining = next;
        }
        return remaining;
    }
}
