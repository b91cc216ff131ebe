package io.fleet.dispatch.supervision.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A holiday sealing period for an organisation's subtree, or for one of its vehicles. Times ISO-8601 with offset. */
public record SealingRequest(@NotNull Long orgId, Long vehicleId, @NotNull String startsAt, @NotNull String endsAt,
                             @NotBlank @Size(max = 200) String reason, @Size(max = 64) String actor) {
}
