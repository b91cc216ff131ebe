package io.fleet.dispatch.trip;

/** Where a trip under way is, as the driver's phone reports it; each phase comes after the one before. */
public enum TripPhase {
    DEPARTED, AT_PICKUP, ABOARD, ARRIVED
}
