package io.fleet.dispatch.registry;

import java.util.List;
import java.util.Optional;

import io.fleet.dispatch.vehicle.Pool;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class QuotaRepository implements PanacheRepository<VehicleQuota> {

    public Optional<VehicleQuota> of(long orgId, Pool pool) {
        return find("orgId = ?1 and pool = ?2", orgId, pool).firstResultOptional();
    }

    /** The quota row locked, so two approvals cannot both take the last place. */
    public Optional<VehicleQuota> lock(long orgId, Pool pool) {
        return find("orgId = ?1 and pool = ?2", orgId, pool).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Cars of the pool the unit holds now: every one not disposed of. */
    public long held(long orgId, Pool pool) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM vehicle WHERE org_id = ?1 AND pool = ?2 AND status <> 'DISPOSED'""")
                .setParameter(1, orgId).setParameter(2, pool.name()).getSingleResult()).longValue();
    }

    /** Approved purchases whose car is not registered yet: places already promised. */
    public long reserved(long orgId, Pool pool) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM registry_request
                WHERE org_id = ?1 AND pool = ?2 AND kind = 'PURCHASE' AND state = 'APPROVED'""")
                .setParameter(1, orgId).setParameter(2, pool.name()).getSingleResult()).longValue();
    }

    /**
     * One row per unit and pool of the subtree that has a quota, a car or a promised place: org id, org name, pool,
     * quota (null when none is set), held, reserved, version, set by, set at.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> uses(String orgPath) {
        return getEntityManager().createNativeQuery("""
                WITH held AS (
                    SELECT org_id, pool, count(*) AS n FROM vehicle
                    WHERE org_path LIKE ?1 AND status <> 'DISPOSED' GROUP BY org_id, pool),
                reserved AS (
                    SELECT org_id, pool, count(*) AS n FROM registry_request
                    WHERE org_path LIKE ?1 AND kind = 'PURCHASE' AND state = 'APPROVED' GROUP BY org_id, pool),
                keys AS (
                    SELECT org_id, pool FROM vehicle_quota WHERE org_path LIKE ?1
                    UNION SELECT org_id, pool FROM held UNION SELECT org_id, pool FROM reserved)
                SELECT k.org_id, o.name, k.pool, q.quota, coalesce(h.n, 0), coalesce(r.n, 0), q.version, q.set_by,
                       q.set_at
                FROM keys k JOIN organisation o ON o.id = k.org_id
                LEFT JOIN vehicle_quota q ON q.org_id = k.org_id AND q.pool = k.pool
                LEFT JOIN held h ON h.org_id = k.org_id AND h.pool = k.pool
                LEFT JOIN reserved r ON r.org_id = k.org_id AND r.pool = k.pool
                ORDER BY o.path, k.pool""")
                .setParameter(1, orgPath + "%").getResultList();
    }
}
