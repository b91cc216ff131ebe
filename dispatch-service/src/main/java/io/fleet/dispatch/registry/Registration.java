package io.fleet.dispatch.registry;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The car bought under an approved purchase or renewal, as it arrives: its plate and what was not known when the
 * request was made. Kind, seats, energy and pool are the approved ones.
 */
public record Registration(
        @Size(max = 64) String actor,
        @NotNull @PositiveOrZero Integer version,
        @NotBlank String plate,
        @Min(0) @Max(9) Integer plateColor,
        Boolean marked,
        @Positive Integer batteryRangeKm,
        Map<String, Object> homeLot,
        @PastOrPresent LocalDate registeredOn) {
}
