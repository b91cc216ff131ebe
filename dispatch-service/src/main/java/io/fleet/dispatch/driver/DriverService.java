package io.fleet.dispatch.driver;

import java.util.List;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class DriverService {

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    private final DriverRepository drivers;
    private final OrganisationRepository organisations;

    DriverService(DriverRepository drivers, OrganisationRepository organisations) {
        this.drivers = drivers;
        this.organisations = organisations;
    }

    @Transactional
    public List<DriverView> list(Long orgId) {
        return drivers.inSubtree(organisations.subtreePath(orgId)).stream().map(DriverView::of).toList();
    }

    @Transactional
    public DriverView get(long id) {
        return DriverView.of(require(id));
    }

    @Transactional
    public DriverView register(DriverRequest request) {
        Driver d = new Driver();
        apply(request, d);
        d.id = drivers.nextId();
        drivers.persistAndFlush(d);
        DriverView created = DriverView.of(d);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("DRIVER_CREATE", "driver", d.id, d.orgPath).change(null, created));
        return created;
    }

    @Transactional
    public DriverView change(long id, DriverRequest request) {
        Driver d = require(id);
        Versions.require(request.version(), d.version, "driver " + d.name);
        DriverView before = DriverView.of(d);
        String pathBefore = d.orgPath;
        apply(request, d);
        drivers.flush();
        DriverView after = DriverView.of(d);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("DRIVER_CHANGE", "driver", d.id,
                io.fleet.dispatch.audit.AuditEvent.commonPath(pathBefore, d.orgPath)).change(before, after));
        return after;
    }

    private void apply(DriverRequest r, Driver d) {
        Organisation org = organisations.usable("orgId", r.orgId());
        drivers.findByPhone(r.phone()).filter(other -> !other.id.equals(d.id)).ifPresent(other -> {
            throw Problems.conflict("phone", "phone " + r.phone() + " belongs to driver " + other.name);
        });
        d.ownedBy(org);
        d.name = r.name().strip();
        d.phone = r.phone();
        d.licenceClass = r.licenceClass();
        d.dailyLimitMinutes = r.dailyLimitMinutes() == null ? 480 : r.dailyLimitMinutes();
        d.status = r.status() == null ? (d.status == null ? DriverStatus.ACTIVE : d.status) : r.status();
    }

    Driver require(long id) {
        return organisations.visible(drivers.findByIdOptional(id).orElse(null), "driver", id);
    }
}
