package io.fleet.dispatch.planning.service;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.vehicle.Vehicle;

/**
 * A vehicle and the driver who drives it for the plan, with the driver's working hours that day in plan seconds
 * (shift minus leave).
 */
public record Crew(Vehicle vehicle, Driver driver, long shiftStart, long shiftEnd) {

    public String routeId() {
        return "v" + vehicle.id;
    }
}
