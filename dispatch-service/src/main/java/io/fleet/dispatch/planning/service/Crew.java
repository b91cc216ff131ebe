package io.fleet.dispatch.planning.service;

import java.util.List;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.vehicle.Vehicle;

/**
 * A vehicle and the driver who drives it for the plan, with the driver's working time that day in plan seconds:
 * from {@code shiftStart} to {@code shiftEnd}, less the {@code breaks} (leave inside the shift) given as {start, end}.
 */
public record Crew(Vehicle vehicle, Driver driver, long shiftStart, long shiftEnd, List<long[]> breaks) {

    public String routeId() {
        return "v" + vehicle.id;
    }
}
