package io.fleet.dispatch.track.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.fleet.dispatch.common.Problems;

/** A [from, to) query period from ISO-8601 parameters (2026-10-12T08:00:00+08:00 or …Z), checked and bounded. */
public record Period(Instant from, Instant to) {

    public static Period of(String from, String to, Duration longest) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!end.isAfter(start)) {
            throw Problems.badField("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(longest) > 0) {
            throw Problems.badField("to", "the period may be at most " + longest.toDays() + " days");
        }
        return new Period(start, end);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badField(field, "required, ISO-8601 with offset, e.g. 2026-10-12T08:00:00+08:00");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.badField(field, "not an ISO-8601 date-time with offset: " + value);
        }
    }
}
