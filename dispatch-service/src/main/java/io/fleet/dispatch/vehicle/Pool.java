package io.fleet.dispatch.vehicle;

/** The platform a vehicle is pooled on; it decides which trip categories it may serve. */
public enum Pool {
    EMERGENCY, ENFORCEMENT, COURIER, RETIREE, GENERAL
}
