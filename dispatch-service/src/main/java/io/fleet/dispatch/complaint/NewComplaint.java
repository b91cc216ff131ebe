package io.fleet.dispatch.complaint;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint as staff enter it (hotline, console) or the public form sends it. {@code actor} is who entered it
 * until sign-in exists (#11); the public form records "citizen".
 *
 * @param seenTo the end of the time the citizen gave; omitted for one moment
 */
public record NewComplaint(
        @NotNull Channel channel,
        @Size(max = 64) String actor,
        @NotBlank @Size(max = 20) String plate,
        @NotNull OffsetDateTime seenFrom,
        OffsetDateTime seenTo,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @Size(max = 200) String placeText,
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 64) String contactName,
        @Size(max = 64) String contact) {
}
