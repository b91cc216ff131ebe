package io.fleet.dispatch.vehicle;

public enum VehicleKind {
    SEDAN, SUV, MPV, MINIBUS, ENFORCEMENT, SPECIAL
}
