package io.fleet.dispatch.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One step on a case. {@code version} is the version the handler saw: a step on a stale view is refused (409).
 * {@code actor} names who acts until sign-in exists (#11). Which other fields a step needs: assign — assignee;
 * conclude — outcome, findings, and for a substantiated case the vehicle (tripRequestId optional); reply — reply;
 * close — satisfaction; link-alarm — alarmId.
 */
public record ComplaintStep(
        @Size(max = 64) String actor,
        @NotNull @PositiveOrZero Integer version,
        @Size(max = 64) String assignee,
        Outcome outcome,
        @Size(max = 4000) String findings,
        Long vehicleId,
        Long tripRequestId,
        @Size(max = 4000) String reply,
        Satisfaction satisfaction,
        Long alarmId,
        @Size(max = 500) String note) {
}
