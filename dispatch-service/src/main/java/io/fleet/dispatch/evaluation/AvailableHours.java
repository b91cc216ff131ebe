package io.fleet.dispatch.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;

/**
 * The hours a car could have been used for official business: the working hours of every working day of the period
 * (the holiday calendar decides which days are worked, 调休 Saturdays included), minus the time it was sealed.
 */
public final class AvailableHours {

    public record Span(Instant from, Instant to) {
    }

    private AvailableHours() {
    }

    public static double of(WorkCalendar calendar, WorkingHours hours, LocalDate from, LocalDate to,
                            List<Span> sealed) {
        List<Span> seals = union(sealed);
        long seconds = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant start = day.atTime(hours.start()).atZone(WorkCalendar.CHINA).toInstant();
            Instant end = day.atTime(hours.end()).atZone(WorkCalendar.CHINA).toInstant();
            seconds += end.getEpochSecond() - start.getEpochSecond();
            for (Span s : seals) {
                seconds -= overlap(s, start, end);
            }
        }
        return seconds / 3600.0;
    }

    static long overlap(Span s, Instant start, Instant end) {
        long a = Math.max(s.from().getEpochSecond(), start.getEpochSecond());
        long b = Math.min(s.to().getEpochSecond(), end.getEpochSecond());
        return Math.max(0, b - a);
    }

    /** Overlapping sealing periods (the unit's and the car's own) counted once. */
    static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
