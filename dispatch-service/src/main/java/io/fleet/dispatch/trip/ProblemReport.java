package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A driver's report of trouble on a trip; it reaches the dispatchers at once (Redis {P}trip-problems). */
public record ProblemReport(
        @Size(max = 64) String actor,
        @NotNull Kind kind,
        @NotBlank @Size(max = 500) String description,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        OffsetDateTime phoneTime) {

    public enum Kind {
        BREAKDOWN, ACCIDENT, DELAY, OTHER
    }
}
