package io.fleet.dispatch.terminal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Register a terminal, or change one (then {@code version} is required). vehicleId null leaves it unbound. */
public record TerminalRequest(
        @NotBlank String phone,
        @Size(max = 30) String deviceId,
        @Size(max = 16) String maker,
        @Size(max = 30) String model,
        Long vehicleId,
        Boolean enabled,
        @PositiveOrZero Integer version) {
}
