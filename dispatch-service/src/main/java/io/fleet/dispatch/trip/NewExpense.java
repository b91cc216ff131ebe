package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An expense as the driver enters it; {@code actor} names the driver until sign-in reaches the console API. */
public record NewExpense(
        @Size(max = 64) String actor,
        @NotNull TripExpense.Kind kind,
        @NotNull @Min(1) @Max(10_000_000) Integer amountCents,
        @Size(max = 200) String note,
        OffsetDateTime spentAt) {

    public record View(long id, TripExpense.Kind kind, int amountCents, String note, String actor,
            OffsetDateTime spentAt) {

        static View of(TripExpense e) {
            return new View(e.id, e.kind, e.amountCents, e.note, e.actor, e.spentAt);
        }
    }
}
