package io.fleet.dispatch.trip;

import java.util.EnumSet;
import java.util.Set;

public enum TripState {
    SUBMITTED, APPROVED, REJECTED, SCHEDULED, ACCEPTED, UNDER_WAY, COMPLETED, EVALUATED, CANCELLED, NO_SHOW;

    /** States in which a vehicle and a driver are committed to the trip. */
    public static final Set<TripState> HOLDING_RESOURCES = EnumSet.of(SCHEDULED, ACCEPTED, UNDER_WAY);
}
