package io.fleet.dispatch.planning.solver;

import static io.fleet.dispatch.planning.solver.PlanFixtures.LEG_M;
import static io.fleet.dispatch.planning.solver.PlanFixtures.LEG_S;
import static io.fleet.dispatch.planning.solver.PlanFixtures.job;
import static io.fleet.dispatch.planning.solver.PlanFixtures.route;
import static io.fleet.dispatch.planning.solver.PlanFixtures.trip;

import java.util.BitSet;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import io.fleet.dispatch.planning.domain.DispatchPlan;
import io.fleet.dispatch.planning.domain.Job;
import io.fleet.dispatch.planning.domain.Route;
import io.fleet.dispatch.planning.domain.Stop;

/** One test per rule of the plan, each with a plan that breaks it and one that keeps it. */
class DispatchConstraintsTest {

    private final ConstraintVerifier<DispatchConstraints, DispatchPlan> verifier =
            ConstraintVerifier.build(new DispatchConstraints(), DispatchPlan.class, Route.class);

    private static Stop[] trip01(String id, int passengers) {
        return trip(job(id, passengers), 1, 0, 3600, 2);
    }

    @Test
    void pickupAndDropoffRideTheSameVehicle() {
        Stop[] a = trip01("a", 1);
        Route r1 = route("r1", 0).stops(a[0]).build();
        Route r2 = route("r2", 1).stops(a[1]).build();
        verifier.verifyThat(DispatchConstraints::sameVehicle).given(r1, r2).penalizesBy(200_000);
        Route together = route("r1", 0).stops(a[0], a[1]).build();
        verifier.verifyThat(DispatchConstraints::sameVehicle).given(together).penalizesBy(0);
    }

    @Test
    void pickupComesBeforeDropoff() {
        Stop[] a = trip01("a", 1);
        verifier.verifyThat(DispatchConstraints::pickupFirst).given(route("r", 0).stops(a[1], a[0]).build())
                .penalizesBy(100_000);
        verifier.verifyThat(DispatchConstraints::pickupFirst).given(route("r", 0).stops(a[0], a[1]).build())
                .penalizesBy(0);
    }

    @Test
    void seatsBesidesTheDriverAreNotExceeded() {
        Stop[] a = trip01("a", 3);
        Stop[] b = trip01("b", 2);
        // Shared ride: 3 + 2 aboard between b's pickup and a's drop-off, 4 seats → one too many.
        verifier.verifyThat(DispatchConstraints::seats)
                .given(route("r", 0).capacity(4).stops(a[0], b[0], a[1], b[1]).build()).penalizesBy(10_000);
        verifier.verifyThat(DispatchConstraints::seats)
                .given(route("r", 0).capacity(4).stops(a[0], a[1], b[0], b[1]).build()).penalizesBy(0);
    }

    @Test
    void onlyEligibleVehiclesServeAJob() {
        BitSet onlyRoute1 = new BitSet();
        onlyRoute1.set(1);
        Job enforcement = job("e", 1, onlyRoute1, null);
        Stop[] e = trip(enforcement, 1, 0, 3600, 2);
        verifier.verifyThat(DispatchConstraints::eligible).given(route("r0", 0).stops(e).build())
                .penalizesBy(100_000);
        verifier.verifyThat(DispatchConstraints::eligible).given(route("r1", 1).stops(e).build()).penalizesBy(0);
    }

    @Test
    void ridesAreSharedOnlyWhenBothRequestsAllowIt() {
        Stop[] shared1 = trip01("a", 1);
        Stop[] shared2 = trip01("b", 1);
        verifier.verifyThat(DispatchConstraints::sharing)
                .given(route("r", 0).stops(shared1[0], shared2[0], shared1[1], shared2[1]).build()).penalizesBy(0);
        Stop[] alone = trip(PlanFixtures.exclusive("c", 1), 1, 0, 3600, 2);
        Stop[] other = trip01("d", 1);
        verifier.verifyThat(DispatchConstraints::sharing)
                .given(route("r", 0).stops(alone[0], other[0], alone[1], other[1]).build()).penalizesBy(100_000);
        // One after the other is no sharing.
        verifier.verifyThat(DispatchConstraints::sharing)
                .given(route("r", 0).stops(alone[0], alone[1], other[0], other[1]).build()).penalizesBy(0);
    }

    @Test
    void pickupStartsWithinItsWindow() {
        // From the depot (place 0) to place 3: 1,800 s; due at 1,500 → 300 s late.
        Stop[] late = trip(job("a", 1), 3, 0, 1_500, 4);
        verifier.verifyThat(DispatchConstraints::timeWindow).given(route("r", 0).stops(late).build())
                .penalizesBy(300);
        Stop[] fine = trip(job("a", 1), 3, 0, 1_800, 4);
        verifier.verifyThat(DispatchConstraints::timeWindow).given(route("r", 0).stops(fine).build())
                .penalizesBy(0);
    }

    @Test
    void newTripsFitAroundAcceptedOnes() {
        // Vehicle busy 2,000–4,000 s at place 1. The job 1→2 from 600 s ends at 600+60+600+60 = 1,320 s, then needs
        // 600 s back to place 1: free at 1,920 < 2,000, fits. From 1,500 s it overlaps by 1,500+1,320-600... s.
        Stop[] early = trip(job("a", 1), 1, 0, 3_600, 2);
        verifier.verifyThat(DispatchConstraints::commitments)
                .given(route("r", 0).commitment(2_000, 4_000, 1, 1).stops(early).build()).penalizesBy(0);
        Stop[] clash = trip(job("b", 1), 1, 1_500, 3_600, 2);
        // Pickup starts 1,500, drop-off departs 1,500+60+600+60 = 2,220, +600 to reach place 1 = 2,820;
        // overlap = min(2,820, 4,000 + 0) - max(1,500, 2,000) = 820.
        verifier.verifyThat(DispatchConstraints::commitments)
                .given(route("r", 0).commitment(2_000, 4_000, 1, 1).stops(clash).build()).penalizesBy(820);
    }

    @Test
    void backHomeByTheEndOfTheShift() {
        // 0→1 (600) +60, 1→2 (600) +60, back 2→0 (1,200): end at 2,520.
        Stop[] a = trip01("a", 1);
        verifier.verifyThat(DispatchConstraints::shiftEnd).given(route("r", 0).shiftEnd(2_000).stops(a).build())
                .penalizesBy(520);
        verifier.verifyThat(DispatchConstraints::shiftEnd).given(route("r", 0).shiftEnd(2_520).stops(a).build())
                .penalizesBy(0);
    }

    @Test
    void dailyWorkingTimeIsRespected() {
        Stop[] a = trip01("a", 1);
        verifier.verifyThat(DispatchConstraints::workingTime).given(route("r", 0).workLimit(2_000).stops(a).build())
                .penalizesBy(520);
        verifier.verifyThat(DispatchConstraints::workingTime).given(route("r", 0).workLimit(3_000).stops(a).build())
                .penalizesBy(0);
    }

    @Test
    void newEnergyVehiclesStayWithinTheirBatteryRange() {
        // 0→1→2→0: 4 legs of 6 km = 24 km.
        Stop[] a = trip01("a", 1);
        verifier.verifyThat(DispatchConstraints::batteryRange).given(route("r", 0).range(20_000).stops(a).build())
                .penalizesBy(4_000);
        verifier.verifyThat(DispatchConstraints::batteryRange).given(route("r", 0).range(24_000).stops(a).build())
                .penalizesBy(0);
        verifier.verifyThat(DispatchConstraints::batteryRange)
                .given(route("r", 0).fuel().range(1_000).stops(trip01("b", 1)).build()).penalizesBy(0);
    }

    @Test
    void unservedJobsCostTheirPriority() {
        Job emergency = new Job("e", 0, "e", 1, 1_000_000, 50, 0, null, null, 0, LEG_M, 0, false);
        Stop[] e = trip(emergency, 1, 0, 600, 2);
        Stop[] g = trip01("g", 1);
        Route unserved = Route.unservedStops(5, PlanFixtures.COSTS);
        unserved.stops().addAll(java.util.List.of(e[0], e[1], g[0], g[1]));
        verifier.verifyThat(DispatchConstraints::unserved).given(unserved).penalizesBy(1_001_000);
        verifier.verifyThat(DispatchConstraints::unserved).given(Route.unservedStops(5, PlanFixtures.COSTS))
                .penalizesBy(0);
    }

    @Test
    void usedVehiclesCountWhereTheyCost() {
        verifier.verifyThat(DispatchConstraints::vehicleUsed)
                .given(route("r1", 0).usage(1).stops(trip01("a", 1)).build(), route("r2", 1).usage(1).build())
                .penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::vehicleUsed).given(route("r1", 0).stops(trip01("a", 1)).build())
                .penalizesBy(0);
    }

    @Test
    void latePickupsCostByPriority() {
        // Preferred at 0, the vehicle reaches place 1 at 600 s; weight 2 per second.
        verifier.verifyThat(DispatchConstraints::lateness).given(route("r", 0).stops(trip01("a", 1)).build())
                .penalizesBy(1_200);
        Stop[] onTime = trip(job("a", 1), 0, 0, 3600, 1);
        verifier.verifyThat(DispatchConstraints::lateness).given(route("r", 0).stops(onTime).build())
                .penalizesBy(0);
    }

    @Test
    void distanceCountsEveryMetreWhereWeighted() {
        verifier.verifyThat(DispatchConstraints::distance)
                .given(route("r", 0).distanceWeight(1).stops(trip01("a", 1)).build()).penalizesBy(4 * LEG_M);
        verifier.verifyThat(DispatchConstraints::distance).given(route("r", 0).stops(trip01("a", 1)).build())
                .penalizesBy(0);
    }

    @Test
    void emptyDrivingIsTheWayToThePickupAndBack() {
        // 0→1 empty (6 km), 1→2 loaded, 2→0 empty (12 km).
        verifier.verifyThat(DispatchConstraints::emptyDriving).given(route("r", 0).stops(trip01("a", 1)).build())
                .penalizesBy(3 * LEG_M);
        // Chained: a 1→2, b 2→3: the leg to b's pickup is zero; 0→1 and 3→0.
        Stop[] a = trip01("a", 1);
        Stop[] b = trip(job("b", 1), 2, 0, 7_200, 3);
        verifier.verifyThat(DispatchConstraints::emptyDriving).given(route("r", 0).stops(a[0], a[1], b[0], b[1]).build())
                .penalizesBy(LEG_M + 3 * LEG_M);
    }

    @Test
    void fuelVehiclesCostPerKilometreServed() {
        verifier.verifyThat(DispatchConstraints::fuelVehicle).given(route("r", 0).fuel().stops(trip01("a", 1)).build())
                .penalizesBy(DispatchConstraints.FUEL_PENALTY_PER_KM * 6);
        verifier.verifyThat(DispatchConstraints::fuelVehicle).given(route("r", 0).stops(trip01("a", 1)).build())
                .penalizesBy(0);
    }

    @Test
    void workIsSpreadAcrossDrivers() {
        // Worked: leave 0 at 0, end 2,520 s = 42 min → 42²/10 = 176.
        verifier.verifyThat(DispatchConstraints::fairLoad).given(route("r", 0).stops(trip01("a", 1)).build())
                .penalizesBy(176);
        verifier.verifyThat(DispatchConstraints::fairLoad).given(route("r", 0).build()).penalizesBy(0);
    }

    @Test
    void scheduledTripsStayOnTheirVehicleUnlessItPays() {
        Job moved = job("a", 1, null, "r1");
        verifier.verifyThat(DispatchConstraints::stability).given(route("r2", 1).stops(trip(moved, 1, 0, 3600, 2))
                .build()).penalizesBy(5_000);
        Job kept = job("a", 1, null, "r1");
        verifier.verifyThat(DispatchConstraints::stability).given(route("r1", 0).stops(trip(kept, 1, 0, 3600, 2))
                .build()).penalizesBy(0);
    }

    @Test
    void timelineTimesFollowTravelAndWaiting() {
        Stop[] a = trip(job("a", 1), 1, 1_000, 3_600, 2);
        Route r = route("r", 0).stops(a).build();
        var t = r.timeline();
        // Arrives at 600, waits to 1,000, serves 60 s, 600 s to place 2.
        org.assertj.core.api.Assertions.assertThat(t.arrival(0)).isEqualTo(LEG_S);
        org.assertj.core.api.Assertions.assertThat(t.start(0)).isEqualTo(1_000);
        org.assertj.core.api.Assertions.assertThat(t.arrival(1)).isEqualTo(1_000 + 60 + LEG_S);
        org.assertj.core.api.Assertions.assertThat(t.feasible(r)).isTrue();
    }
}
