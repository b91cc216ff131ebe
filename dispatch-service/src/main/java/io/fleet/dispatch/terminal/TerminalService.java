package io.fleet.dispatch.terminal;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.vehicle.Vehicle;
import io.fleet.dispatch.vehicle.VehicleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class TerminalService {

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    private final TerminalRepository terminals;
    private final VehicleRepository vehicles;
    private final Event<TerminalChanged> changed;
    private final Scope scope;

    TerminalService(TerminalRepository terminals, VehicleRepository vehicles, Event<TerminalChanged> changed,
            Scope scope) {
        this.terminals = terminals;
        this.vehicles = vehicles;
        this.changed = changed;
        this.scope = scope;
    }

    /** The caller's terminals: those on a vehicle of its subtree (the city bureau also those on none). */
    @Transactional
    public List<TerminalView> list() {
        List<Terminal> list = scope.all() ? terminals.list("order by phone")
                : terminals.list("vehicleId in (select v.id from Vehicle v where v.orgPath like ?1)"
                        + " or (vehicleId is null and ?2 = true) order by phone", scope.path() + "%", scope.topLevel());
        return list.stream().map(TerminalView::of).toList();
    }

    @Transactional
    public TerminalView get(long id) {
        return TerminalView.of(require(id));
    }

    @Transactional
    public TerminalView register(TerminalRequest request) {
        String phone = phone(request);
        terminals.findByPhone(phone).ifPresent(t -> {
            throw Problems.conflict("phone", "terminal " + phone + " is already registered");
        });
        Terminal t = new Terminal();
        t.id = terminals.nextId();
        t.phone = phone;
        apply(request, t);
        terminals.persistAndFlush(t);
        changed.fire(new TerminalChanged(phone));
        TerminalView created = TerminalView.of(t);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("TERMINAL_CREATE", "terminal", t.id, orgPathOf(t)).change(null, created));
        return created;
    }

    @Transactional
    public TerminalView change(long id, TerminalRequest request) {
        Terminal t = require(id);
        Versions.require(request.version(), t.version, "terminal " + t.phone);
        String phone = phone(request);
        if (!phone.equals(t.phone)) {
            throw Problems.badField("phone", "a terminal's phone number cannot change: register the new SIM as a terminal");
        }
        TerminalView before = TerminalView.of(t);
        String pathBefore = orgPathOf(t);
        apply(request, t);
        terminals.flush();
        changed.fire(new TerminalChanged(phone));
        TerminalView after = TerminalView.of(t);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("TERMINAL_CHANGE", "terminal", t.id,
                io.fleet.dispatch.audit.AuditEvent.commonPath(pathBefore, orgPathOf(t))).change(before, after));
        return after;
    }

    private void apply(TerminalRequest r, Terminal t) {
        if (r.vehicleId() == null) {
            scope.requireRoot("a terminal on no vehicle");
        } else {
            Vehicle v = vehicles.findByIdOptional(r.vehicleId())
                    .orElseThrow(() -> Problems.badField("vehicleId", "no vehicle " + r.vehicleId()));
            scope.require(v.orgPath, "vehicleId", r.vehicleId());
            terminals.findByVehicle(r.vehicleId()).filter(other -> !other.id.equals(t.id)).ifPresent(other -> {
                throw Problems.conflict("vehicleId", "vehicle " + r.vehicleId() + " already carries terminal " + other.phone);
            });
        }
        t.deviceId = r.deviceId();
        t.maker = r.maker();
        t.model = r.model();
        t.vehicleId = r.vehicleId();
        t.enabled = r.enabled() == null || r.enabled();
    }

    /** A terminal belongs to its car's organisation; one in no car only to the root. */
    String orgPathOf(Terminal t) {
        return t.vehicleId == null ? "/" : vehicles.findByIdOptional(t.vehicleId).map(v -> v.orgPath).orElse("/");
    }

    private static String phone(TerminalRequest request) {
        try {
            return TerminalPhone.normalise(request.phone());
        } catch (IllegalArgumentException e) {
            throw Problems.badField("phone", e.getMessage());
        }
    }

    /** The terminal when the caller sees the vehicle it is on (a terminal on none is the city bureau's); else 404. */
    private Terminal require(long id) {
        Terminal t = terminals.findByIdOptional(id).orElseThrow(() -> Problems.notFound("terminal", id));
        String path = t.vehicleId == null ? "/" : vehicles.findByIdOptional(t.vehicleId).map(v -> v.orgPath).orElse("/");
        return scope.visible(t, path, "terminal", id);
    }
}
