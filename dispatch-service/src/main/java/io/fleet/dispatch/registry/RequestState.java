package io.fleet.dispatch.registry;

/**
 * REQUESTED → APPROVED or REJECTED. Disposals and plate changes take effect on approval; an approved purchase or
 * renewal becomes COMPLETED when the new car is registered under it.
 */
public enum RequestState {
    REQUESTED, APPROVED, REJECTED, COMPLETED
}
