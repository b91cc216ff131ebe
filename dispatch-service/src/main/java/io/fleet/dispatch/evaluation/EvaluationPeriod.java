package io.fleet.dispatch.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.supervision.calendar.WorkCalendar;

/** Whole days, both ends included, in China Standard Time: evaluations are of days, months and years. */
public record EvaluationPeriod(LocalDate from, LocalDate to) {

    static final int LONGEST_DAYS = 366;

    public static EvaluationPeriod parse(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw Problems.badField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > LONGEST_DAYS) {
            throw Problems.badField("to", "the period may be at most " + LONGEST_DAYS + " days");
        }
        return new EvaluationPeriod(start, end);
    }

    /** Midnight starting the first day. */
    public Instant start() {
        return from.atStartOfDay(WorkCalendar.CHINA).toInstant();
    }

    /** Midnight ending the last day (exclusive). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(WorkCalendar.CHINA).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badField(field, "required, a date such as 2026-11-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "not a date (YYYY-MM-DD): " + value);
        }
    }
}
