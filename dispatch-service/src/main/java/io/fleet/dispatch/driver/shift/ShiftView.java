package io.fleet.dispatch.driver.shift;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A row as clients see it; times in China Standard Time. */
public record ShiftView(long id, long driverId, ShiftKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String note, String createdBy, OffsetDateTime createdAt) {

    static ShiftView of(DriverShift s) {
        return new ShiftView(s.id, s.driverId, s.kind, local(s.startsAt), local(s.endsAt), s.note, s.createdBy,
                s.createdAt == null ? null : local(s.createdAt));
    }

    static OffsetDateTime local(Instant t) {
        return t.atZone(DutyDay.ZONE).toOffsetDateTime();
    }
}
