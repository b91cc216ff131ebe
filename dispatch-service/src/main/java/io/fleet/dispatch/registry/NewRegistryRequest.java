package io.fleet.dispatch.registry;

import io.fleet.dispatch.vehicle.Energy;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.VehicleKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A registry request as a unit sends it. Which fields are needed depends on {@code kind}:
 * PURCHASE: orgId, pool, vehicleKind, seats, energy; RENEWAL: vehicleId (the car replaced) and vehicleKind, seats,
 * energy of the new one (the pool is the old car's unless given); DISPOSAL: vehicleId, disposalMethod;
 * PLATE_CHANGE: vehicleId, newPlate. {@code actor} names the requester until sign-in exists (#11).
 */
public record NewRegistryRequest(
        @NotNull RequestKind kind,
        Long orgId,
        Long vehicleId,
        Pool pool,
        VehicleKind vehicleKind,
        @Min(1) @Max(60) Integer seats,
        Energy energy,
        DisposalMethod disposalMethod,
        @Size(max = 20) String newPlate,
        @NotBlank @Size(max = 1000) String reason,
        @Size(max = 64) String actor) {
}
