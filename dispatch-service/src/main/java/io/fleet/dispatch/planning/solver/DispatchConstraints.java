package io.fleet.dispatch.planning.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import io.fleet.dispatch.planning.domain.Route;

/**
 * The rules of a dispatch plan, one method each. Hard rules can never be traded for anything; medium counts the
 * requests left unserved (an emergency weighs far more than anything else) and vehicles used where that costs;
 * soft is the quality of a feasible plan. Penalties grow with how far a limit is passed.
 */
public class DispatchConstraints implements ConstraintProvider {

    public static final String SAME_VEHICLE = "Pickup and drop-off in one vehicle";
    public static final String PICKUP_FIRST = "Pickup before drop-off";
    public static final String SEATS = "Seats";
    public static final String ELIGIBLE = "Vehicle and driver eligible";
    public static final String SHARING = "Shared rides only by consent";
    public static final String TIME_WINDOW = "Time window";
    public static final String COMMITMENTS = "No overlap with accepted trips";
    public static final String SHIFT_END = "Back by the end of the shift";
    public static final String WORKING_TIME = "Daily working time";
    public static final String BATTERY_RANGE = "Battery range";
    public static final String UNSERVED = "Unserved request";
    public static final String VEHICLE_USED = "Vehicle used";
    public static final String LATENESS = "Lateness";
    public static final String DISTANCE = "Distance driven";
    public static final String EMPTY_DRIVING = "Empty driving";
    public static final String FUEL_VEHICLE = "Fuel vehicle used";
    public static final String FAIR_LOAD = "Fair load across drivers";
    public static final String STABILITY = "Plan stability";

    /** Metres-equivalent soft cost per kilometre of a trip served by a fuel vehicle (new-energy target ≥ 80 %). */
    static final long FUEL_PENALTY_PER_KM = 300;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                sameVehicle(factory),
                pickupFirst(factory),
                seats(factory),
                eligible(factory),
                sharing(factory),
                timeWindow(factory),
                commitments(factory),
                shiftEnd(factory),
                workingTime(factory),
                batteryRange(factory),
                unserved(factory),
                vehicleUsed(factory),
                lateness(factory),
                distance(factory),
                emptyDriving(factory),
                fuelVehicle(factory),
                fairLoad(factory),
                stability(factory),
        };
    }

    // Hard

    Constraint sameVehicle(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().splitJobs() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> 100_000L * r.timeline().splitJobs())
                .asConstraint(SAME_VEHICLE);
    }

    Constraint pickupFirst(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().misordered() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> 100_000L * r.timeline().misordered())
                .asConstraint(PICKUP_FIRST);
    }

    /** People aboard after each stop within the seats besides the driver's. */
    Constraint seats(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().seatExcess() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> 10_000L * r.timeline().seatExcess())
                .asConstraint(SEATS);
    }

    /** Pool and category, the agency's own cars for enforcement, vehicle and driver status, licence class. */
    Constraint eligible(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().ineligible() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> 100_000L * r.timeline().ineligible())
                .asConstraint(ELIGIBLE);
    }

    /** 合乘: two requests ride together only when both allow it. */
    Constraint sharing(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().unsharedRides() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> 100_000L * r.timeline().unsharedRides())
                .asConstraint(SHARING);
    }

    /** Service starts by the end of each stop's window (a pickup's latest acceptable time), by seconds late. */
    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().lateSeconds() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.timeline().lateSeconds())
                .asConstraint(TIME_WINDOW);
    }

    /** Accepted and under-way trips stay where they are; new jobs must fit around them, the drives included. */
    Constraint commitments(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().commitmentOverlap() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.timeline().commitmentOverlap())
                .asConstraint(COMMITMENTS);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().shiftExcess(r) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.timeline().shiftExcess(r))
                .asConstraint(SHIFT_END);
    }

    Constraint workingTime(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().workExcess(r) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.timeline().workExcess(r))
                .asConstraint(WORKING_TIME);
    }

    /** A new-energy vehicle must not plan more driving than its remaining range (by metres short). */
    Constraint batteryRange(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().rangeExcess(r) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.timeline().rangeExcess(r))
                .asConstraint(BATTERY_RANGE);
    }

    // Medium

    Constraint unserved(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> r.unserved() && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, r -> r.timeline().unservedWeight())
                .asConstraint(UNSERVED);
    }

    Constraint vehicleUsed(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.usageCost() > 0 && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Route::usageCost)
                .asConstraint(VEHICLE_USED);
    }

    // Soft

    /** Picking up after the time the requester asked for, weighted by the request's priority. */
    Constraint lateness(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.timeline().weightedLateness() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.timeline().weightedLateness())
                .asConstraint(LATENESS);
    }

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.distanceWeight() > 0 && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.distanceWeight() * r.timeline().totalMetres())
                .asConstraint(DISTANCE);
    }

    /** Legs driven with nobody aboard, the way back to the home lot included. */
    Constraint emptyDriving(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.emptyWeight() > 0 && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.emptyWeight() * r.timeline().emptyMetres())
                .asConstraint(EMPTY_DRIVING);
    }

    /** The city wants at least 80 % of use on new-energy vehicles: a fuel vehicle costs per kilometre served. */
    Constraint fuelVehicle(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && !r.newEnergy() && r.emptyWeight() > 0 && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> FUEL_PENALTY_PER_KM * r.timeline().fuelKm())
                .asConstraint(FUEL_VEHICLE);
    }

    /**
     * Squared working minutes per driver (÷10): the same total work spread evenly costs less. An hour more for a
     * driver who already works five costs about what four empty kilometres do.
     */
    Constraint fairLoad(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> !r.unserved() && r.driverId() != null && !r.stops().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> {
                    long minutes = r.timeline().workedSeconds() / 60;
                    return minutes * minutes / 10;
                })
                .asConstraint(FAIR_LOAD);
    }

    /** A scheduled (not yet accepted) trip moves to another vehicle, or is dropped, only when that pays. */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(r -> r.timeline().stabilityCost() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.timeline().stabilityCost())
                .asConstraint(STABILITY);
    }
}
