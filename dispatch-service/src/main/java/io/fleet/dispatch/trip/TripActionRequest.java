package io.fleet.dispatch.trip;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One step on a request. {@code version} is the version the person saw: a step based on a stale view is refused
 * (409), so two dispatchers cannot assign one request at once. {@code actor} names who acts until sign-in exists;
 * the security work replaces it with the signed-in user.
 *
 * @param confirmBreaks for ASSIGN: proceed although the assignment breaks rules (they are recorded)
 * @param lon where the phone was when the person acted (with lat; recorded in the audit trail)
 * @param phoneTime when the person acted by the phone's clock, which differs from the server's when an action queued
 *     offline is sent later
 * @param odometerKm for START and COMPLETE: the odometer reading
 * @param energyPercent for START and COMPLETE: fuel or battery level
 * @param photo for START and COMPLETE: optional photo of the gauges as a data URL (image/jpeg or image/png)
 */
public record TripActionRequest(
        @Size(max = 64) String actor,
        @NotNull @PositiveOrZero Integer version,
        @Size(max = 500) String reason,
        Long vehicleId,
        Long driverId,
        Boolean confirmBreaks,
        @Min(1) @Max(5) Integer rating,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        OffsetDateTime phoneTime,
        @DecimalMin("0") @DecimalMax("9999999") BigDecimal odometerKm,
        @Min(0) @Max(100) Integer energyPercent,
        @Size(max = 2_800_000) String photo) {
}
