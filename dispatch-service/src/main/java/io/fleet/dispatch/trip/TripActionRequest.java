package io.fleet.dispatch.trip;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One step on a request. {@code version} is the version the person saw: a step based on a stale view is refused
 * (409), so two dispatchers cannot assign one request at once. {@code actor} names who acts until sign-in exists;
 * the security work replaces it with the signed-in user.
 *
 * @param confirmBreaks for ASSIGN: proceed although the assignment breaks rules (they are recorded)
 */
public record TripActionRequest(
        @NotBlank @Size(max = 64) String actor,
        @NotNull @PositiveOrZero Integer version,
        @Size(max = 500) String reason,
        Long vehicleId,
        Long driverId,
        Boolean confirmBreaks,
        @Min(1) @Max(5) Integer rating) {
}
