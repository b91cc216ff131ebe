package io.fleet.dispatch.driver.shift;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A shift or a leave to add. {@code actor} names who adds it until sign-in exists (#11), as on trip requests; it is
 * stored as {@code created_by} and in the trail.
 */
public record NewShift(
        @NotNull ShiftKind kind,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 200) String note,
        @Size(max = 64) String actor) {
}
