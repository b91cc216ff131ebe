package io.fleet.dispatch.supervision.alarm;

import java.util.List;

import io.fleet.dispatch.supervision.audit.SupervisionAudit;

/** An alarm as the API shows it; evidence and events only on the single-alarm view. */
public record AlarmView(long id, long vehicleId, String plate, long orgId, String rule, String state,
                        boolean detected, String start, String end, String summary, Long tripRequestId,
                        String explanation, String resolution, String createdAt, String updatedAt, int version,
                        Object evidence, List<SupervisionAudit.Entry> events) {
}
