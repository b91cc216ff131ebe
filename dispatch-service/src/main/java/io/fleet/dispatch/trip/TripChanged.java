package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired inside the transaction of every step, expense and problem report, after the change is flushed: the phones
 * concerned are told once it commits (io.fleet.dispatch.account.PhoneInbox).
 *
 * @param driverIds the trip's driver and any driver the step released (a refusal or cancellation)
 * @param summary short text for the phone's notification (a problem's description, a refusal's reason)
 */
public record TripChanged(long requestId, String orgPath, String requester, Set<Long> driverIds, String action,
        TripState state, int version, String actor, OffsetDateTime at, String summary) {

    public boolean isProblem() {
        return "PROBLEM".equals(action);
    }
}
