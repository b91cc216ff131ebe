package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.common.Versions;
import io.fleet.dispatch.organisation.Organisation;
import io.fleet.dispatch.organisation.OrganisationRepository;
import io.fleet.dispatch.vehicle.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Quotas (编制): set from above, used by the cars a unit holds and the purchases approved for it. */
@ApplicationScoped
public class QuotaService {

    /** Who acts: the signed-in caller (an {@code actor} a client sends is ignored). */
    @jakarta.inject.Inject
    io.fleet.dispatch.audit.Actors actors;

    @jakarta.inject.Inject
    io.fleet.dispatch.audit.AuditLog auditLog;

    private final QuotaRepository quotas;
    private final OrganisationRepository organisations;
    private final RegistryRequestRepository requests;

    QuotaService(QuotaRepository quotas, OrganisationRepository organisations, RegistryRequestRepository requests) {
        this.quotas = quotas;
        this.organisations = organisations;
        this.requests = requests;
    }

    @Transactional
    public List<QuotaUse> list(Long orgId) {
        return quotas.uses(organisations.subtreePath(orgId)).stream().map(r -> QuotaUse.of(
                SqlValues.count(r[0]), (String) r[1], Pool.valueOf((String) r[2]), SqlValues.intOrNull(r[3]),
                SqlValues.count(r[4]), SqlValues.count(r[5]), SqlValues.intOrNull(r[6]), (String) r[7],
                SqlValues.time(r[8]))).toList();
    }

    @Transactional
    public QuotaUse set(long orgId, Pool pool, QuotaChange change) {
        Organisation unit = organisations.findByIdOptional(orgId).orElseThrow(() -> Problems.notFound("organisation", orgId));
        organisations.scope().within(unit.path, orgId);
        // the organisation the caller acts for must be its own or one below it (Scope)
        Organisation actorOrg = organisations.usable("actorOrgId", change.actorOrgId());
        if (!Approvers.maySetQuota(actorOrg, unit)) {
            throw RegistryRequestService.forbidden("actorOrgId", "the quota of " + unit.name
                    + " is set by an organisation above it, not by " + actorOrg.name);
        }
        VehicleQuota q = quotas.lock(orgId, pool).orElse(null);
        Integer before = null;
        if (q == null) {
            q = new VehicleQuota();
            q.ownedBy(unit);
            q.pool = pool;
        } else {
            Versions.require(change.version(), q.version, "the " + pool + " quota of " + unit.name);
            before = q.quota;
        }
        q.quota = change.quota();
        q.setBy = actors.name();
        q.setByOrgId = actorOrg.id;
        q.setAt = OffsetDateTime.now();
        quotas.persistAndFlush(q);

        RegistryEvent e = new RegistryEvent();
        e.orgId = unit.id;
        e.at = q.setAt;
        e.actor = q.setBy;
        e.actorOrgId = actorOrg.id;
        e.action = "QUOTA_SET";
        e.details = new java.util.LinkedHashMap<>(Map.of("pool", pool.name(), "quota", q.quota));
        e.details.put("before", before);
        requests.record(e);
        auditLog.record(io.fleet.dispatch.audit.AuditEvent.of("QUOTA_SET", "quota", unit.id + "/" + pool, unit.path)
                .change(before == null ? null : Map.of("quota", before), Map.of("quota", q.quota)));
        return use(unit, pool, q);
    }

    /** Every quota set for the unit, oldest first. */
    @Transactional
    public List<RegistryRequestView.EventView> history(long orgId) {
        organisations.subtreePath(orgId);
        return requests.quotaEventsOf(orgId).stream().map(RegistryRequestView.EventView::of).toList();
    }

    /** The unit's use of one pool's quota, read under the quota's lock when {@code lock} (deciding on it). */
    QuotaUse use(Organisation unit, Pool pool, boolean lock) {
        VehicleQuota q = (lock ? quotas.lock(unit.id, pool) : quotas.of(unit.id, pool)).orElse(null);
        return use(unit, pool, q);
    }

    private QuotaUse use(Organisation unit, Pool pool, VehicleQuota q) {
        return QuotaUse.of(unit.id, unit.name, pool, q == null ? null : q.quota, quotas.held(unit.id, pool),
                quotas.reserved(unit.id, pool), q == null ? null : q.version, q == null ? null : q.setBy,
                q == null ? null : q.setAt);
    }
}
