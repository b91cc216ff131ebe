package io.fleet.dispatch.supervision.duty;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A standing-duty pattern: ISO weekdays ('12345'), local hours ("22:00"-"06:00" crosses midnight), validity. */
public record DutyRequest(@NotNull Long vehicleId, @NotNull Long areaId,
                          @NotNull @Pattern(regexp = "[1-7]{1,7}") String weekdays,
                          @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") String start,
                          @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") String end,
                          @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String validFrom,
                          @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String validTo,
                          @Size(max = 64) String actor) {
}
