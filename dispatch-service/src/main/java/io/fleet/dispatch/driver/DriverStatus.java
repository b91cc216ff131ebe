package io.fleet.dispatch.driver;

public enum DriverStatus {
    ACTIVE, ON_LEAVE, INACTIVE
}
