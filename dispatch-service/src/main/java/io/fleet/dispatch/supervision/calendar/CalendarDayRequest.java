package io.fleet.dispatch.supervision.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Setting one day of the calendar. version: the version read, required when the day exists. */
public record CalendarDayRequest(@NotNull @Pattern(regexp = "HOLIDAY|WORKDAY") String kind,
                                 @NotBlank @Size(max = 64) String name, Boolean provisional,
                                 @Size(max = 300) String source, @Size(max = 64) String actor,
                                 @PositiveOrZero Integer version) {
}
