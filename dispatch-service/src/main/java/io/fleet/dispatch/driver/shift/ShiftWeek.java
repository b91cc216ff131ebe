package io.fleet.dispatch.driver.shift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The same shift on every chosen weekday from {@code from} to {@code to} (both included), in China Standard Time:
 * e.g. Monday to Friday 08:00-17:30. An {@code end} before {@code start} is a night shift ending the next morning.
 * {@code days} defaults to Monday to Friday.
 */
public record ShiftWeek(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        Set<DayOfWeek> days,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @Size(max = 200) String note,
        @Size(max = 64) String actor) {
}
