package io.fleet.dispatch.registry;

/** What a registry request changes in a unit's fleet. */
public enum RequestKind {
    /** A car added to the fleet (新增); takes a place of the quota. */
    PURCHASE,
    /** An old car replaced by a new one (更新): the old car must meet the renewal criteria. */
    RENEWAL,
    /** A car leaves the fleet (处置): auction, scrapping or transfer out. */
    DISPOSAL,
    /** The car gets a new plate; the old one goes to its plate history. */
    PLATE_CHANGE;

    /** Purchases and renewals end when the new car is registered under them. */
    boolean bringsACar() {
        return this == PURCHASE || this == RENEWAL;
    }
}
