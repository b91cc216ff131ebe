package io.fleet.dispatch.supervision.alarm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A review step. Sign-in does not exist yet (#11): the acting person is named in {@code actor}. {@code text} is the
 * reason (confirm, dismiss), the question (request-explanation), the explanation (explain) or a note (close).
 */
public record ReviewStep(@Size(max = 64) String actor, @NotNull @PositiveOrZero Integer version,
                         @Size(max = 1000) String text) {
}
