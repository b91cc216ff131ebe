package io.fleet.dispatch.trip;

import java.util.EnumSet;
import java.util.Set;

import io.fleet.dispatch.vehicle.Pool;

/** What a trip is for; it decides its priority and which pools may serve it. */
public enum TripCategory {
    /** 应急: first, in seconds; may be dispatched before approval. */
    EMERGENCY(EnumSet.of(Pool.EMERGENCY, Pool.GENERAL)),
    /** 执法执勤: only enforcement vehicles of the same agency. */
    ENFORCEMENT(EnumSet.of(Pool.ENFORCEMENT)),
    /** 机要通信 */
    COURIER(EnumSet.of(Pool.COURIER, Pool.GENERAL)),
    /** 老干部服务 */
    RETIREE(EnumSet.of(Pool.RETIREE, Pool.GENERAL)),
    /** 一般公务 */
    GENERAL(EnumSet.of(Pool.GENERAL));

    private final Set<Pool> eligiblePools;

    TripCategory(Set<Pool> eligiblePools) {
        this.eligiblePools = eligiblePools;
    }

    public boolean servedBy(Pool pool) {
        return eligiblePools.contains(pool);
    }

    public Set<Pool> eligiblePools() {
        return eligiblePools;
    }
}
