package io.fleet.dispatch.vehicle;

/** New-energy share of use and of purchases is a target the bureaus report on (at least 80 %). */
public enum Energy {
    FUEL, NEW_ENERGY
}
