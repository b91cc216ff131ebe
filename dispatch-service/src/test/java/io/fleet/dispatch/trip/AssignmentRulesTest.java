package io.fleet.dispatch.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.fleet.dispatch.driver.Driver;
import io.fleet.dispatch.driver.DriverStatus;
import io.fleet.dispatch.driver.LicenceClass;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleKind;
import io.fleet.dispatch.vehicle.VehicleStatus;
import org.junit.jupiter.api.Test;

/** One test per rule: the rule fires when broken and stays quiet otherwise. */
class AssignmentRulesTest {

    private static TripRequest trip(TripCategory category, int passengers, String orgPath) {
        TripRequest t = new TripRequest();
        t.id = 1L;
        t.category = category;
        t.passengers = (short) passengers;
        t.orgPath = orgPath;
        return t;
    }

    private static Vehicle vehicle(VehicleKind kind, int seats, Pool pool, String orgPath) {
        Vehicle v = new Vehicle();
        v.id = 10L;
        v.plate = "浙A·D00001";
        v.kind = kind;
        v.seats = (short) seats;
        v.pool = pool;
        v.orgPath = orgPath;
        v.status = VehicleStatus.AVAILABLE;
        return v;
    }

    private static Driver driver(LicenceClass licence) {
        Driver d = new Driver();
        d.id = 20L;
        d.name = "王师傅";
        d.licenceClass = licence;
        d.status = DriverStatus.ACTIVE;
        return d;
    }

    private static List<String> rules(TripRequest t, Vehicle v, Driver d, List<Long> vehicleClashes, List<Long> driverClashes) {
        return AssignmentRules.check(t, v, d, vehicleClashes, driverClashes).stream().map(RuleBreak::rule).toList();
    }

    private static List<String> rules(TripRequest t, Vehicle v, Driver d) {
        return rules(t, v, d, List.of(), List.of());
    }

    @Test
    void aSuitableAssignmentBreaksNothing() {
        assertThat(rules(trip(TripCategory.GENERAL, 4, "/1/2/"), vehicle(VehicleKind.SEDAN, 5, Pool.GENERAL, "/1/"),
                driver(LicenceClass.C1))).isEmpty();
    }

    @Test
    void seatsCountTheDriver() {
        Vehicle sedan = vehicle(VehicleKind.SEDAN, 5, Pool.GENERAL, "/1/");
        assertThat(rules(trip(TripCategory.GENERAL, 5, "/1/"), sedan, driver(LicenceClass.C1))).containsExactly(AssignmentRules.SEATS);
        assertThat(rules(trip(TripCategory.GENERAL, 4, "/1/"), sedan, driver(LicenceClass.C1))).isEmpty();
    }

    @Test
    void categoriesAreServedByTheirPools() {
        assertThat(rules(trip(TripCategory.RETIREE, 2, "/1/"), vehicle(VehicleKind.MPV, 7, Pool.EMERGENCY, "/1/"),
                driver(LicenceClass.C1))).containsExactly(AssignmentRules.POOL);
        assertThat(rules(trip(TripCategory.EMERGENCY, 2, "/1/"), vehicle(VehicleKind.SUV, 5, Pool.GENERAL, "/1/"),
                driver(LicenceClass.C1))).isEmpty();
    }

    @Test
    void enforcementStaysWithinTheAgency() {
        Vehicle otherAgency = vehicle(VehicleKind.ENFORCEMENT, 5, Pool.ENFORCEMENT, "/1/3/");
        assertThat(rules(trip(TripCategory.ENFORCEMENT, 2, "/1/2/"), otherAgency, driver(LicenceClass.C1)))
                .containsExactly(AssignmentRules.AGENCY);
        Vehicle own = vehicle(VehicleKind.ENFORCEMENT, 5, Pool.ENFORCEMENT, "/1/2/");
        assertThat(rules(trip(TripCategory.ENFORCEMENT, 2, "/1/2/"), own, driver(LicenceClass.C1))).isEmpty();
    }

    @Test
    void unavailableVehiclesAndDriversAreNamed() {
        Vehicle sealed = vehicle(VehicleKind.SEDAN, 5, Pool.GENERAL, "/1/");
        sealed.status = VehicleStatus.SEALED;
        Driver onLeave = driver(LicenceClass.C1);
        onLeave.status = DriverStatus.ON_LEAVE;
        assertThat(rules(trip(TripCategory.GENERAL, 1, "/1/"), sealed, onLeave))
                .containsExactly(AssignmentRules.VEHICLE_STATUS, AssignmentRules.DRIVER_STATUS);
    }

    @Test
    void aMinibusNeedsABusLicence() {
        Vehicle minibus = vehicle(VehicleKind.MINIBUS, 14, Pool.GENERAL, "/1/");
        assertThat(rules(trip(TripCategory.GENERAL, 10, "/1/"), minibus, driver(LicenceClass.C1))).containsExactly(AssignmentRules.LICENCE);
        assertThat(rules(trip(TripCategory.GENERAL, 10, "/1/"), minibus, driver(LicenceClass.B1))).isEmpty();
    }

    @Test
    void overlappingCommitmentsAreClashes() {
        assertThat(rules(trip(TripCategory.GENERAL, 1, "/1/"), vehicle(VehicleKind.SEDAN, 5, Pool.GENERAL, "/1/"),
                driver(LicenceClass.C1), List.of(7L), List.of(8L)))
                .containsExactly(AssignmentRules.VEHICLE_BUSY, AssignmentRules.DRIVER_BUSY);
    }
}
