package io.fleet.dispatch.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.vehicle.VehicleView;

/**
 * A vehicle's whole life (一车一档): the car as it is now, when and to whom it was registered, its plates and terminals
 * over time, every registry request about it with the decisions, how much it was used, its alarms and complaints
 * (with links), and its disposal.
 */
public record VehicleHistory(VehicleView vehicle, Registered registration, List<PlatePeriod> plates,
                             List<TerminalPeriod> terminals, List<RegistryRequestView> requests, Use use,
                             List<AlarmLink> alarms, List<ComplaintLink> complaints, Disposal disposal) {

    /**
     * @param enteredAt when the car entered the platform
     * @param underRequestId the purchase or renewal it was bought under, if any
     */
    public record Registered(LocalDate registeredOn, OffsetDateTime enteredAt, long orgId, String orgName,
                               Long underRequestId) {
    }

    /** A plate and when the car carried it; validFrom null: since first registration; validTo null: still. */
    public record PlatePeriod(String plate, OffsetDateTime validFrom, OffsetDateTime validTo) {
    }

    /** A terminal on the car; unboundAt null: still on it. */
    public record TerminalPeriod(String phone, OffsetDateTime boundAt, OffsetDateTime unboundAt) {
    }

    /**
     * Trip orders that held the car: assigned at all, completed (COMPLETED or EVALUATED), kilometres the drivers read
     * on completed ones, first and last pickup window.
     */
    public record Use(long assignments, long completedTrips, double readKm, OffsetDateTime firstTrip,
                      OffsetDateTime lastTrip) {
    }

    public record AlarmLink(long id, String rule, String state, OffsetDateTime startedAt, String link) {
    }

    public record ComplaintLink(long id, String state, String outcome, OffsetDateTime receivedAt, String link) {
    }

    /** How and when the car left the fleet: by a disposal, or replaced under a renewal. */
    public record Disposal(long requestId, String how, OffsetDateTime at, String approvedBy) {
    }
}
