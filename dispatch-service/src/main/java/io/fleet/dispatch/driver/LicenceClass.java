package io.fleet.dispatch.driver;

import io.fleet.dispatch.vehicle.VehicleKind;

/** Chinese driving licence classes that matter for official cars: C1 for cars, B1 for minibuses, A1 for buses. */
public enum LicenceClass {
    A1, A2, B1, B2, C1, C2;

    /** Whether a holder may drive a vehicle of this kind (C2 is automatic-only cars, enough for every sedan here). */
    public boolean allows(VehicleKind kind) {
        return switch (kind) {
            case MINIBUS -> this == A1 || this == B1;
            case SEDAN, SUV, MPV, ENFORCEMENT, SPECIAL -> true;
        };
    }
}
