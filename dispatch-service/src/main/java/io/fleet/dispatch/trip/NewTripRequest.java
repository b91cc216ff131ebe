package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit's request for a car. */
public record NewTripRequest(
        @NotNull Long orgId,
        @NotBlank @Size(max = 64) String requester,
        @NotNull TripCategory category,
        @NotNull @Min(1) @Max(59) Integer passengers,
        @NotBlank @Size(max = 128) String pickupPlace,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double pickupLon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double pickupLat,
        @NotNull OffsetDateTime windowStart,
        @NotNull OffsetDateTime windowEnd,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Destination> destinations,
        Boolean waitAndReturn,
        @Size(max = 500) String notes,
        Boolean shareable) {
}
