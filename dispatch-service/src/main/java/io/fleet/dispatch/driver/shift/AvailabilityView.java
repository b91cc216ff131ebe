package io.fleet.dispatch.driver.shift;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.driver.LicenceClass;

/**
 * One driver's working time on one day after leave is taken out (see DutyDay). A driver whose status is not ACTIVE
 * has no working time whatever the rows say; {@code basis} is then null.
 */
public record AvailabilityView(long driverId, long orgId, String name, LicenceClass licenceClass, DriverStatus status,
        LocalDate day, DutyDay.Basis basis, List<Span> working, long workingMinutes, int dailyLimitMinutes,
        List<ShiftView> leave) {

    public record Span(OffsetDateTime startsAt, OffsetDateTime endsAt) {

        static Span of(Interval i) {
            return new Span(ShiftView.local(i.start()), ShiftView.local(i.end()));
        }
    }
}
