package io.fleet.dispatch.vehicle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.geo.GeoJson;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.terminal.TerminalChanged;
import io.fleet.dispatch.terminal.TerminalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class VehicleService {

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final VehicleRepository vehicles;
    private final OrganisationRepository organisations;
    private final TerminalRepository terminals;
    private final Event<TerminalChanged> terminalChanged;

    VehicleService(VehicleRepository vehicles, OrganisationRepository organisations, TerminalRepository terminals,
            Event<TerminalChanged> terminalChanged) {
        this.vehicles = vehicles;
        this.organisations = organisations;
        this.terminals = terminals;
        this.terminalChanged = terminalChanged;
    }

    @Transactional
    public List<VehicleView> list(Long orgId) {
        String path = organisations.subtreePath(orgId);
        Map<Long, String> phones = terminals.phonesByVehicle();
        return vehicles.inSubtree(path).stream().map(v -> VehicleView.of(v, phones.get(v.id))).toList();
    }

    @Transactional
    public VehicleView get(long id) {
        Vehicle v = require(id);
        return VehicleView.of(v, terminals.phoneOf(v.id).orElse(null));
    }

    @Transactional
    public VehicleView register(VehicleRequest request) {
        Vehicle v = new Vehicle();
        apply(request, v);
        v.id = vehicles.nextId();
        vehicles.persistAndFlush(v);
        VehicleView created = VehicleView.of(v, null);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("VEHICLE_CREATE", "vehicle", v.id, v.orgPath).change(null, created));
        return created;
    }

    @Transactional
    public VehicleView change(long id, VehicleRequest request) {
        Vehicle v = require(id);
        Versions.require(request.version(), v.version, "vehicle " + v.plate);
        refuseRegistryChanges(request, v);
        VehicleView before = VehicleView.of(v, null);
        String pathBefore = v.orgPath;
        apply(request, v);
        vehicles.flush();
        // The gateway's registry mirror carries plate, owner and whether the vehicle may report at all.
        String phone = terminals.phoneOf(v.id).orElse(null);
        if (phone != null) {
            terminalChanged.fire(new TerminalChanged(phone));
        }
        VehicleView after = VehicleView.of(v, phone);
        // a car moved to another organisation shows in the audit log of the subtree it left as well
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("VEHICLE_CHANGE", "vehicle", v.id, io.fleet.dispatch.audit.AuditEvent.commonPath(pathBefore, v.orgPath)).change(before, after));
        return after;
    }

    /**
     * A plate change and a disposal are registry requests, approved by the parent organisation (docs/registry.md):
     * done here they would bypass the approval, the plate history complaint tracing relies on, and the quota.
     */
    private static void refuseRegistryChanges(VehicleRequest r, Vehicle v) {
        if (r.plate() != null && !Plate.keyOf(r.plate()).equals(v.plateKey)) {
            throw Problems.badField("plate", "a plate changes through a PLATE_CHANGE request at /api/registry/requests");
        }
        if (v.status == VehicleStatus.DISPOSED && r.status() != null && r.status() != VehicleStatus.DISPOSED) {
            throw Problems.badField("status", "vehicle " + v.plate + " is disposed of; it does not return to service");
        }
        if (v.status != VehicleStatus.DISPOSED && r.status() == VehicleStatus.DISPOSED) {
            throw Problems.badField("status", "a vehicle leaves service through a DISPOSAL request at /api/registry/requests");
        }
    }

    private void apply(VehicleRequest r, Vehicle v) {
        List<Problem.Violation> violations = new ArrayList<>();
        Plate plate = null;
        try {
            plate = Plate.parse(r.plate());
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation("plate", e.getMessage()));
        }
        if (v.id == null && r.status() == VehicleStatus.DISPOSED) {
            violations.add(new Problem.Violation("status", "a vehicle is not registered as disposed of"));
        }
        if (r.energy() == Energy.NEW_ENERGY && r.batteryRangeKm() == null) {
            violations.add(new Problem.Violation("batteryRangeKm", "a new-energy vehicle needs its battery range"));
        }
        if (r.energy() == Energy.FUEL && r.batteryRangeKm() != null) {
            violations.add(new Problem.Violation("batteryRangeKm", "only new-energy vehicles have a battery range"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        Organisation org = requireOrg("orgId", r.orgId());
        Plate checked = Objects.requireNonNull(plate);
        vehicles.findByPlateKey(checked.key()).filter(other -> !other.id.equals(v.id)).ifPresent(other -> {
            throw Problems.conflict("plate", "plate " + checked.written() + " is already registered");
        });
        v.ownedBy(org);
        v.plate = checked.written();
        v.plateKey = checked.key();
        v.plateColor = (short) (r.plateColor() == null ? (r.energy() == Energy.NEW_ENERGY ? 5 : 1) : r.plateColor());
        v.marked = r.marked() == null || r.marked();
        v.kind = r.kind();
        v.seats = r.seats().shortValue();
        v.energy = r.energy();
        v.batteryRangeKm = r.batteryRangeKm();
        v.pool = r.pool();
        v.homeLot = GeoJson.polygon("homeLot", r.homeLot());
        v.status = r.status() == null ? (v.status == null ? VehicleStatus.AVAILABLE : v.status) : r.status();
        v.registeredOn = r.registeredOn() != null ? r.registeredOn()
                : v.registeredOn != null ? v.registeredOn : LocalDate.now(CHINA);
    }

    private Organisation requireOrg(String field, long id) {
        return organisations.usable(field, id);
    }

    private Vehicle require(long id) {
        return organisations.visible(vehicles.findByIdOptional(id).orElse(null), "vehicle", id);
    }
}
