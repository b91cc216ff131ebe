package io.fleet.dispatch.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Setting a unit's quota of one pool. {@code actor} and {@code actorOrgId} name who sets it until sign-in exists (#11);
 * the organisation must be above the unit. {@code version} is required when the quota was set before.
 */
public record QuotaChange(
        @NotNull @PositiveOrZero @Max(100_000) Integer quota,
        @Size(max = 64) String actor,
        @NotNull Long actorOrgId,
        @PositiveOrZero Integer version) {
}
