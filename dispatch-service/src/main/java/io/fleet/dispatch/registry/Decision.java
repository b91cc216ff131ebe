package io.fleet.dispatch.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An approval or a rejection, with its reason. {@code actorOrgId} is the decider's organisation until sign-in exists
 * (#11): it must be the approving organisation or one above it. {@code version} is the version the decider saw.
 */
public record Decision(
        @Size(max = 64) String actor,
        @NotNull Long actorOrgId,
        @NotNull @PositiveOrZero Integer version,
        @NotBlank @Size(max = 1000) String reason) {
}
