package io.fleet.dispatch.trip;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleStatus;

/**
 * The hard rules of a manual assignment, one method each, as the dispatcher is told them. The solver enforces the
 * same rules (and road travel times between trips); here occupancy is the requests' time windows.
 */
public final class AssignmentRules {

    public static final String SEATS = "seats";
    public static final String POOL = "pool";
    public static final String AGENCY = "agency";
    public static final String VEHICLE_STATUS = "vehicleStatus";
    public static final String VEHICLE_BUSY = "vehicleBusy";
    public static final String DRIVER_STATUS = "driverStatus";
    public static final String LICENCE = "licence";
    public static final String DRIVER_BUSY = "driverBusy";

    private AssignmentRules() {
    }

    /**
     * @param vehicleClashes ids of other requests holding the vehicle in an overlapping window
     * @param driverClashes  ids of other requests holding the driver in an overlapping window
     */
    public static List<RuleBreak> check(TripRequest trip, Vehicle vehicle, Driver driver, List<Long> vehicleClashes,
            List<Long> driverClashes) {
        List<RuleBreak> breaks = new ArrayList<>();
        seats(trip, vehicle, breaks);
        pool(trip, vehicle, breaks);
        agency(trip, vehicle, breaks);
        vehicleStatus(vehicle, breaks);
        busy(VEHICLE_BUSY, "vehicle " + vehicle.plate, vehicleClashes, breaks);
        driverStatus(driver, breaks);
        licence(vehicle, driver, breaks);
        busy(DRIVER_BUSY, "driver " + driver.name, driverClashes, breaks);
        return breaks;
    }

    /** The driver takes a seat too. */
    static void seats(TripRequest trip, Vehicle vehicle, List<RuleBreak> breaks) {
        if (trip.passengers > vehicle.seats - 1) {
            breaks.add(new RuleBreak(SEATS, trip.passengers + " passengers, " + vehicle.plate + " seats "
                    + (vehicle.seats - 1) + " besides the driver"));
        }
    }

    static void pool(TripRequest trip, Vehicle vehicle, List<RuleBreak> breaks) {
        if (!trip.category.servedBy(vehicle.pool)) {
            breaks.add(new RuleBreak(POOL, trip.category + " trips are served by " + trip.category.eligiblePools()
                    + ", " + vehicle.plate + " is in the " + vehicle.pool + " pool"));
        }
    }

    /** Enforcement duty stays within the agency: the vehicle's owner and the requesting unit are in one line. */
    static void agency(TripRequest trip, Vehicle vehicle, List<RuleBreak> breaks) {
        if (trip.category == TripCategory.ENFORCEMENT
                && !trip.orgPath.startsWith(vehicle.orgPath) && !vehicle.orgPath.startsWith(trip.orgPath)) {
            breaks.add(new RuleBreak(AGENCY, "enforcement trips use the agency's own vehicles; " + vehicle.plate
                    + " belongs to another organisation"));
        }
    }

    static void vehicleStatus(Vehicle vehicle, List<RuleBreak> breaks) {
        if (vehicle.status != VehicleStatus.AVAILABLE) {
            breaks.add(new RuleBreak(VEHICLE_STATUS, vehicle.plate + " is " + vehicle.status));
        }
    }

    static void driverStatus(Driver driver, List<RuleBreak> breaks) {
        if (driver.status != DriverStatus.ACTIVE) {
            breaks.add(new RuleBreak(DRIVER_STATUS, driver.name + " is " + driver.status));
        }
    }

    static void licence(Vehicle vehicle, Driver driver, List<RuleBreak> breaks) {
        if (!driver.licenceClass.allows(vehicle.kind)) {
            breaks.add(new RuleBreak(LICENCE, driver.name + "'s " + driver.licenceClass + " licence does not cover a "
                    + vehicle.kind));
        }
    }

    static void busy(String rule, String who, List<Long> clashes, List<RuleBreak> breaks) {
        if (!clashes.isEmpty()) {
            breaks.add(new RuleBreak(rule, who + " is committed to request(s) " + clashes + " in an overlapping window"));
        }
    }
}
