package io.fleet.dispatch.registry;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.registry.VehicleHistory.AlarmLink;
import io.fleet.dispatch.registry.VehicleHistory.ComplaintLink;
import io.fleet.dispatch.registry.VehicleHistory.Disposal;
import io.fleet.dispatch.registry.VehicleHistory.PlatePeriod;
import io.fleet.dispatch.registry.VehicleHistory.TerminalPeriod;
import io.fleet.dispatch.registry.VehicleHistory.Use;
import io.fleet.dispatch.terminal.TerminalRepository;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleRepository;
import io.fleet.dispatch.vehicle.VehicleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Assembles a vehicle's file from the tables that hold each part (vehicle, plate history, terminal bindings, registry
 * requests, trip requests, alarms, complaints); reads only. Trips are counted, not listed: a car of eight years has
 * thousands; alarms and complaints are listed as links to their own endpoints.
 */
@ApplicationScoped
public class VehicleHistoryService {

    private final EntityManager entities;
    private final VehicleRepository vehicles;
    private final TerminalRepository terminals;
    private final OrganisationRepository organisations;
    private final RegistryRequestRepository requests;

    VehicleHistoryService(EntityManager entities, VehicleRepository vehicles, TerminalRepository terminals,
            OrganisationRepository organisations, RegistryRequestRepository requests) {
        this.entities = entities;
        this.vehicles = vehicles;
        this.terminals = terminals;
        this.organisations = organisations;
        this.requests = requests;
    }

    @Transactional
    public VehicleHistory of(long id) {
        Vehicle v = organisations.visible(vehicles.findByIdOptional(id).orElse(null), "vehicle", id);
        Organisation owner = organisations.findById(v.orgId);
        List<RegistryRequestView> about = requests.search("/", null, null, id, 1000).stream()
                .sorted(java.util.Comparator.comparing((RegistryRequest r) -> r.requestedAt).thenComparing(r -> r.id))
                .map(r -> RegistryRequestView.of(r, r.vehicleId == null ? null : vehicles.findById(r.vehicleId).plate,
                        requests.eventsOf(r.id)))
                .toList();
        Long boughtUnder = about.stream().filter(r -> Long.valueOf(id).equals(r.newVehicleId())).map(RegistryRequestView::id)
                .findFirst().orElse(null);
        Disposal disposal = about.stream()
                .filter(r -> Long.valueOf(id).equals(r.vehicleId()))
                .filter(r -> (r.kind() == RequestKind.DISPOSAL && r.state() == RequestState.APPROVED)
                        || (r.kind() == RequestKind.RENEWAL && r.state() == RequestState.COMPLETED))
                .map(r -> new Disposal(r.id(), r.kind() == RequestKind.DISPOSAL ? r.disposalMethod().name()
                        : "REPLACED by vehicle " + r.newVehicleId(),
                        r.kind() == RequestKind.DISPOSAL ? r.decidedAt() : r.completedAt(), r.decidedBy()))
                .findFirst().orElse(null);
        return new VehicleHistory(VehicleView.of(v, terminals.phoneOf(v.id).orElse(null)),
                new VehicleHistory.Registered(v.registeredOn, enteredAt(id), owner.id, owner.name, boughtUnder),
                plates(v), terminalPeriods(id), about, use(id), alarms(id), complaints(id), disposal);
    }

    private java.time.OffsetDateTime enteredAt(long id) {
        return SqlValues.time(entities.createNativeQuery("SELECT created_at FROM vehicle WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<PlatePeriod> plates(Vehicle v) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT plate, valid_from, valid_to FROM vehicle_plate_history WHERE vehicle_id = ?1 ORDER BY valid_to, id""")
                .setParameter(1, v.id).getResultList();
        List<PlatePeriod> result = new java.util.ArrayList<>(rows.stream()
                .map(r -> new PlatePeriod((String) r[0], SqlValues.time(r[1]), SqlValues.time(r[2]))).toList());
        result.add(new PlatePeriod(v.plate, result.isEmpty() ? null : result.get(result.size() - 1).validTo(), null));
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<TerminalPeriod> terminalPeriods(long id) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT phone, bound_at, unbound_at FROM terminal_binding WHERE vehicle_id = ?1 ORDER BY bound_at, id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new TerminalPeriod((String) r[0], SqlValues.time(r[1]), SqlValues.time(r[2])))
                .toList();
    }

    private Use use(long id) {
        Object[] r = (Object[]) entities.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE state IN ('COMPLETED', 'EVALUATED')),
                       coalesce(sum(end_odometer_km - start_odometer_km) FILTER (WHERE state IN ('COMPLETED', 'EVALUATED')), 0),
                       min(window_start), max(window_start)
                FROM trip_request WHERE vehicle_id = ?1""")
                .setParameter(1, id).getSingleResult();
        return new Use(SqlValues.count(r[0]), SqlValues.count(r[1]), ((Number) r[2]).doubleValue(),
                SqlValues.time(r[3]), SqlValues.time(r[4]));
    }

    @SuppressWarnings("unchecked")
    private List<AlarmLink> alarms(long id) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT id, rule, state, started_at FROM alarm WHERE vehicle_id = ?1 ORDER BY started_at, id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> {
            long alarm = ((Number) r[0]).longValue();
            return new AlarmLink(alarm, (String) r[1], (String) r[2], SqlValues.time(r[3]),
                    "/api/supervision/alarms/" + alarm);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ComplaintLink> complaints(long id) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT id, state, outcome, received_at FROM complaint WHERE vehicle_id = ?1 ORDER BY received_at, id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> {
            long complaint = ((Number) r[0]).longValue();
            return new ComplaintLink(complaint, (String) r[1], (String) r[2], SqlValues.time(r[3]),
                    "/api/complaints/" + complaint);
        }).toList();
    }
}
