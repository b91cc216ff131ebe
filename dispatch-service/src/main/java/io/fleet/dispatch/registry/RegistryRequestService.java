package io.fleet.dispatch.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.vehicle.Plate;
import io.fleet.dispatch.vehicle.Pool;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleRepository;
import io.fleet.dispatch.vehicle.VehicleRequest;
import io.fleet.dispatch.vehicle.VehicleService;
import io.fleet.dispatch.vehicle.VehicleStatus;
import io.fleet.dispatch.vehicle.VehicleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Registry requests from submission to decision and, for purchases and renewals, to the registration of the new
 * car. Every step is audited (registry_event) and version-checked; the quota is re-checked under its row lock when
 * a decision depends on it.
 */
@ApplicationScoped
public class RegistryRequestService {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RegistryRequestRepository requests;
    private final OrganisationRepository organisations;
    private final VehicleRepository vehicles;
    private final VehicleService vehicleService;
    private final QuotaService quotas;
    private final FleetChanges fleet;
    private final OdometerReadings odometers;
    private final RenewalConfig renewal;

    RegistryRequestService(RegistryRequestRepository requests, OrganisationRepository organisations,
            VehicleRepository vehicles, VehicleService vehicleService, QuotaService quotas, FleetChanges fleet,
            OdometerReadings odometers, RenewalConfig renewal) {
        this.requests = requests;
        this.organisations = organisations;
        this.vehicles = vehicles;
        this.vehicleService = vehicleService;
        this.quotas = quotas;
        this.fleet = fleet;
        this.odometers = odometers;
        this.renewal = renewal;
    }

    @Transactional
    public List<RegistryRequestView> list(Long orgId, RequestState state, RequestKind kind, Long vehicleId, int limit) {
        String path = organisations.subtreePath(orgId);
        Map<Long, String> plates = new HashMap<>();
        return requests.search(path, state, kind, vehicleId, limit).stream()
                .map(r -> RegistryRequestView.of(r, plateOf(r.vehicleId, plates), null)).toList();
    }

    @Transactional
    public RegistryRequestView get(long id) {
        return view(require(id, false));
    }

    @Transactional
    public RegistryRequestView submit(NewRegistryRequest n) {
        RegistryRequest r = new RegistryRequest();
        r.kind = n.kind();
        checkFieldsOfKind(n);
        Vehicle car = null;
        Organisation unit;
        if (n.kind() == RequestKind.PURCHASE) {
            unit = organisations.usable("orgId", n.orgId());
        } else {
            car = vehicles.findByIdOptional(n.vehicleId())
                    .orElseThrow(() -> Problems.badField("vehicleId", "no vehicle " + n.vehicleId()));
            organisations.scope().require(car.orgPath, "vehicleId", car.id);
            if (n.orgId() != null && n.orgId() != car.orgId) {
                throw Problems.badField("orgId", "vehicle " + car.plate + " belongs to organisation " + car.orgId);
            }
            if (car.status == VehicleStatus.DISPOSED) {
                throw Problems.conflict("vehicleId", "vehicle " + car.plate + " is disposed of already");
            }
            if (requests.openFor(car.id)) {
                throw Problems.conflict("vehicleId", "vehicle " + car.plate + " has a registry request in progress");
            }
            unit = organisations.findById(car.orgId);
            r.vehicleId = car.id;
        }
        r.ownedBy(unit);
        r.approverOrgId = Approvers.approvingOrgOf(unit);
        r.state = RequestState.REQUESTED;
        r.reason = n.reason().strip();
        r.requester = actors.name();
        r.requestedAt = OffsetDateTime.now();
        switch (n.kind()) {
            case PURCHASE, RENEWAL -> {
                r.pool = n.pool() != null ? n.pool() : car.pool;
                r.vehicleKind = n.vehicleKind();
                r.seats = n.seats().shortValue();
                r.energy = n.energy();
                if (car != null) {
                    RenewalCriteria c = judge(car);
                    r.criteria = c.asDetails();
                    if (!c.met()) {
                        throw Problems.conflict("vehicleId", car.plate + " does not meet the renewal criteria: " + c.shortfall());
                    }
                }
                requireQuota(unit, r, false);
            }
            case DISPOSAL -> r.disposalMethod = n.disposalMethod();
            case PLATE_CHANGE -> {
                Plate plate = newPlate(n.newPlate());
                if (plate.key().equals(car.plateKey)) {
                    throw Problems.badField("newPlate", "is the plate the vehicle has now");
                }
                fleet.requirePlateFree(plate, car.id);
                r.newPlate = plate.written();
                r.newPlateKey = plate.key();
            }
        }
        r.id = requests.nextId();
        requests.persistAndFlush(r);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", r.kind.name());
        details.put("reason", r.reason);
        if (r.criteria != null) {
            details.put("criteria", r.criteria);
        }
        record(r, null, "REQUEST", null, details);
        return view(r);
    }

    @Transactional
    public RegistryRequestView approve(long id, Decision d) {
        RegistryRequest r = decidable(id, d);
        Organisation unit = organisations.findById(r.orgId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", d.reason().strip());
        switch (r.kind) {
            case PURCHASE -> details.put("quota", requireQuota(unit, r, true));
            case RENEWAL -> {
                Vehicle car = liveCar(r);
                RenewalCriteria c = judge(car);
                r.criteria = c.asDetails();
                if (!c.met()) {
                    throw Problems.conflict("vehicleId", car.plate + " does not meet the renewal criteria: " + c.shortfall());
                }
                details.put("criteria", r.criteria);
                details.put("quota", requireQuota(unit, r, true));
            }
            case DISPOSAL -> {
                Vehicle car = liveCar(r);
                String phone = fleet.retire(car);
                details.put("method", r.disposalMethod.name());
                details.put("terminalReleased", phone);
            }
            case PLATE_CHANGE -> {
                Vehicle car = liveCar(r);
                details.put("oldPlate", car.plate);
                details.put("newPlate", r.newPlate);
                fleet.replate(car, Plate.parse(r.newPlate));
            }
        }
        return decide(r, d, RequestState.APPROVED, details);
    }

    @Transactional
    public RegistryRequestView reject(long id, Decision d) {
        RegistryRequest r = decidable(id, d);
        return decide(r, d, RequestState.REJECTED, new LinkedHashMap<>(Map.of("reason", d.reason().strip())));
    }

    /** The car bought under an approved purchase or renewal arrives: it is registered, a renewed car leaves. */
    @Transactional
    public RegistryRequestView register(long id, Registration reg) {
        RegistryRequest r = require(id, true);
        Versions.require(reg.version(), r.version, "registry request " + id);
        if (!r.kind.bringsACar() || r.state != RequestState.APPROVED) {
            throw Problems.conflict("state", "a car is registered under an approved purchase or renewal; this is a "
                    + r.state + " " + r.kind);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (r.kind == RequestKind.RENEWAL) {
            Vehicle old = liveCar(r);
            details.put("replaced", old.id);
            details.put("replacedPlate", old.plate);
            details.put("terminalReleased", fleet.retire(old));
        }
        VehicleView car = vehicleService.register(new VehicleRequest(r.orgId, reg.plate(), reg.plateColor(),
                reg.marked(), r.vehicleKind, (int) r.seats, r.energy, reg.batteryRangeKm(), r.pool, reg.homeLot(), null,
                null, reg.registeredOn()));
        details.put("vehicleId", car.id());
        details.put("plate", car.plate());
        details.put("energy", car.energy().name());
        RequestState from = r.state;
        r.state = RequestState.COMPLETED;
        r.newVehicleId = car.id();
        r.completedAt = OffsetDateTime.now();
        requests.flush();
        record(r, null, "REGISTER", from, details);
        return view(r);
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private static final Map<RequestKind, List<String>> FIELDS = Map.of(
            RequestKind.PURCHASE, List.of("orgId", "pool", "vehicleKind", "seats", "energy"),
            RequestKind.RENEWAL, List.of("vehicleId", "vehicleKind", "seats", "energy"),
            RequestKind.DISPOSAL, List.of("vehicleId", "disposalMethod"),
            RequestKind.PLATE_CHANGE, List.of("vehicleId", "newPlate"));
    /** Given although the kind does not use them: refused rather than silently dropped. */
    private static final Map<RequestKind, List<String>> FOREIGN = Map.of(
            RequestKind.PURCHASE, List.of("vehicleId", "disposalMethod", "newPlate"),
            RequestKind.RENEWAL, List.of("disposalMethod", "newPlate"),
            RequestKind.DISPOSAL, List.of("pool", "vehicleKind", "seats", "energy", "newPlate"),
            RequestKind.PLATE_CHANGE, List.of("pool", "vehicleKind", "seats", "energy", "disposalMethod"));

    private static void checkFieldsOfKind(NewRegistryRequest n) {
        Map<String, Object> given = new HashMap<>();
        given.put("orgId", n.orgId());
        given.put("vehicleId", n.vehicleId());
        given.put("pool", n.pool());
        given.put("vehicleKind", n.vehicleKind());
        given.put("seats", n.seats());
        given.put("energy", n.energy());
        given.put("disposalMethod", n.disposalMethod());
        given.put("newPlate", n.newPlate() == null || n.newPlate().isBlank() ? null : n.newPlate());
        List<Problem.Violation> violations = new ArrayList<>();
        for (String field : FIELDS.get(n.kind())) {
            if (given.get(field) == null) {
                violations.add(new Problem.Violation(field, "required for a " + n.kind() + " request"));
            }
        }
        for (String field : FOREIGN.get(n.kind())) {
            if (given.get(field) != null) {
                violations.add(new Problem.Violation(field, "not part of a " + n.kind() + " request"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
    }

    /**
     * A purchase needs a free place; a renewal keeps the old car's place, so it needs the unit not to be over its
     * quota (a renewal into another pool needs a free place there). Returns the use as judged, for the audit trail.
     */
    private Map<String, Object> requireQuota(Organisation unit, RegistryRequest r, boolean deciding) {
        QuotaUse use = quotas.use(unit, r.pool, deciding);
        boolean keepsAPlace = r.kind == RequestKind.RENEWAL && r.pool == vehicles.findById(r.vehicleId).pool;
        // an approved purchase is among "reserved" once decided; while deciding it, it is not counted yet
        long needed = use.held() + use.reserved() + (keepsAPlace ? 0 : 1);
        int allowed = use.quota() == null ? 0 : use.quota();
        if (needed > allowed) {
            throw Problems.conflict("pool", "the " + r.pool + " quota of " + unit.name + " does not allow it: quota "
                    + (use.quota() == null ? "not set" : use.quota()) + ", held " + use.held()
                    + ", approved purchases not yet registered " + use.reserved());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pool", r.pool.name());
        m.put("quota", allowed);
        m.put("held", use.held());
        m.put("reserved", use.reserved());
        return m;
    }

    private RenewalCriteria judge(Vehicle car) {
        return new RenewalCriteria(car.registeredOn, LocalDate.now(CHINA), odometers.highestKm(car.id),
                renewal.minAgeYears(), renewal.minKm());
    }

    private RegistryRequest decidable(long id, Decision d) {
        RegistryRequest r = require(id, true);
        Versions.require(d.version(), r.version, "registry request " + id);
        if (r.state != RequestState.REQUESTED) {
            throw Problems.conflict("state", "registry request " + id + " is " + r.state + ", already decided");
        }
        // the organisation the decider acts for must be the caller's own or one below it (Scope)
        Organisation actorOrg = organisations.usable("actorOrgId", d.actorOrgId());
        Organisation approving = organisations.findById(r.approverOrgId);
        if (!Approvers.mayDecide(actorOrg, approving)) {
            throw forbidden("actorOrgId", "registry request " + id + " is decided by " + approving.name
                    + " or an organisation above it, not by " + actorOrg.name);
        }
        return r;
    }

    private RegistryRequestView decide(RegistryRequest r, Decision d, RequestState to, Map<String, Object> details) {
        RequestState from = r.state;
        r.state = to;
        r.decidedBy = actors.name();
        r.decidedByOrgId = d.actorOrgId();
        r.decidedAt = OffsetDateTime.now();
        r.decisionReason = d.reason().strip();
        requests.flush();
        record(r, r.decidedByOrgId, to == RequestState.APPROVED ? "APPROVE" : "REJECT", from, details);
        return view(r);
    }

    private Vehicle liveCar(RegistryRequest r) {
        Vehicle car = vehicles.findById(r.vehicleId, LockModeType.PESSIMISTIC_WRITE);
        if (car.status == VehicleStatus.DISPOSED) {
            throw Problems.conflict("vehicleId", "vehicle " + car.plate + " is disposed of already");
        }
        return car;
    }

    private static Plate newPlate(String text) {
        try {
            return Plate.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problems.badField("newPlate", e.getMessage());
        }
    }

    static ProblemException forbidden(String field, String message) {
        return new ProblemException(new Problem("urn:fleet:problem:forbidden", "Forbidden", 403, message,
                List.of(new Problem.Violation(field, message))));
    }

    /** The request's trail and the audit log; the actor is the signed-in caller. */
    private void record(RegistryRequest r, Long actorOrgId, String action, RequestState from,
                        Map<String, Object> details) {
        RegistryEvent e = new RegistryEvent();
        e.requestId = r.id;
        e.orgId = r.orgId;
        e.at = OffsetDateTime.now();
        e.actor = actors.name();
        e.actorOrgId = actorOrgId;
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = r.state.name();
        e.details = details;
        requests.record(e);
        Map<String, Object> after = details == null ? new HashMap<>() : new HashMap<>(details);
        after.put("state", r.state.name());
        after.put("kind", r.kind);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of(action, "registry-request", r.id, r.orgPath)
                .change(from == null ? null : Map.of("state", from.name()), after));
    }

    private RegistryRequest require(long id, boolean lock) {
        RegistryRequest r = lock ? requests.findById(id, LockModeType.PESSIMISTIC_WRITE) : requests.findById(id);
        return organisations.visible(r, "registry request", id);
    }

    private RegistryRequestView view(RegistryRequest r) {
        return RegistryRequestView.of(r, plateOf(r.vehicleId, new HashMap<>()), requests.eventsOf(r.id));
    }

    private String plateOf(Long vehicleId, Map<Long, String> cache) {
        return vehicleId == null ? null : cache.computeIfAbsent(vehicleId, v -> vehicles.findById(v).plate);
    }
}
