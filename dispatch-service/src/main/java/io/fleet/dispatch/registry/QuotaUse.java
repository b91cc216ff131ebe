package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;

import io.fleet.dispatch.vehicle.Pool;

/**
 * A unit's quota of one pool and how much of it is used.
 *
 * @param quota     how many cars it may hold; null when no quota was ever set (it may then hold none)
 * @param held      cars of the pool it holds now (not disposed of), counted from the vehicles
 * @param reserved  approved purchases whose car is not registered yet
 * @param free      places left for new purchases: quota − held − reserved, never below 0
 * @param overQuota it holds more cars than its quota allows (a quota lowered, or cars entered outside the registry)
 */
public record QuotaUse(long orgId, String orgName, Pool pool, Integer quota, long held, long reserved, long free,
                       boolean overQuota, Integer version, String setBy, OffsetDateTime setAt) {

    static QuotaUse of(long orgId, String orgName, Pool pool, Integer quota, long held, long reserved, Integer version,
                       String setBy, OffsetDateTime setAt) {
        int allowed = quota == null ? 0 : quota;
        return new QuotaUse(orgId, orgName, pool, quota, held, reserved, Math.max(0, allowed - held - reserved),
                held > allowed, version, setBy, setAt);
    }
}
