package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.vehicle.Energy;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.VehicleKind;

/** A registry request as the API shows it; {@code events} (its audit trail) only when one request is asked for. */
public record RegistryRequestView(long id, RequestKind kind, RequestState state, long orgId, long approverOrgId,
                                  Long vehicleId, String vehiclePlate, Pool pool, VehicleKind vehicleKind, Short seats,
                                  Energy energy, DisposalMethod disposalMethod, String newPlate, String reason,
                                  String requester, OffsetDateTime requestedAt, String decidedBy, Long decidedByOrgId,
                                  OffsetDateTime decidedAt, String decisionReason, Long newVehicleId,
                                  OffsetDateTime completedAt, Map<String, Object> criteria, int version,
                                  List<EventView> events) {

    /** One audited step. */
    public record EventView(long id, OffsetDateTime at, String actor, Long actorOrgId, String action, String fromState,
                            String toState, Map<String, Object> details) {

        static EventView of(RegistryEvent e) {
            return new EventView(e.id, e.at, e.actor, e.actorOrgId, e.action, e.fromState, e.toState, e.details);
        }
    }

    static RegistryRequestView of(RegistryRequest r, String vehiclePlate, List<RegistryEvent> events) {
        return new RegistryRequestView(r.id, r.kind, r.state, r.orgId, r.approverOrgId, r.vehicleId, vehiclePlate,
                r.pool, r.vehicleKind, r.seats, r.energy, r.disposalMethod, r.newPlate, r.reason, r.requester,
                r.requestedAt, r.decidedBy, r.decidedByOrgId, r.decidedAt, r.decisionReason, r.newVehicleId,
                r.completedAt, r.criteria, r.version, events == null ? null : events.stream().map(EventView::of).toList());
    }
}
