package io.fleet.dispatch.vehicle;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What a person sends to register or change a vehicle. {@code version} is required on change: the change is refused
 * with 409 when someone else changed the vehicle since it was read (two dispatchers, one car). {@code registeredOn} is
 * the first registration (初次登记), today when not given. The plate and disposal are not changed here: they are
 * registry requests (/api/registry/requests), approved by the parent organisation and kept in the vehicle's history.
 */
public record VehicleRequest(
        @NotNull Long orgId,
        @NotBlank String plate,
        @Min(0) @Max(9) Integer plateColor,
        Boolean marked,
        @NotNull VehicleKind kind,
        @NotNull @Min(1) @Max(60) Integer seats,
        @NotNull Energy energy,
        @Positive Integer batteryRangeKm,
        @NotNull Pool pool,
        Map<String, Object> homeLot,
        VehicleStatus status,
        @PositiveOrZero Integer version,
        @PastOrPresent LocalDate registeredOn) {
}
