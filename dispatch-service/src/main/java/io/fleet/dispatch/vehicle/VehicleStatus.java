package io.fleet.dispatch.vehicle;

public enum VehicleStatus {
    AVAILABLE,
    MAINTENANCE,
    /** Parked and sealed at the home lot for a holiday (封存). */
    SEALED,
    DISPOSED
}
