package io.fleet.dispatch.planning.domain;

import java.util.BitSet;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One request to serve: a pickup and a drop-off that must ride in the same vehicle, the pickup first. A problem fact
 * shared by every copy of the plan, so it points at no {@link Stop}: each stop knows its partner instead.
 */
public final class Job {

    @PlanningId
    private final String id;
    private final long requestId;
    private final String label;
    private final int passengers;
    /** Medium-level penalty when nobody serves it: emergencies far above everything else. */
    private final long unservedWeight;
    /** Soft penalty per second of pickup after the preferred time. */
    private final long latenessWeight;
    private final long preferredStart;
    /** Routes (by {@link Route#index()}) allowed to serve it; null when every route may. */
    private final BitSet eligibleRoutes;
    /** The route that held it in the previous plan, to keep plans stable; null when new. */
    private final String previousRouteId;
    private final long moveWeight;
    /** Road metres from pickup to drop-off, a measure of the use a vehicle gets out of it. */
    private final long directMetres;
    /** Metres driven between pickup and drop-off beyond the direct leg (via other destinations, there and back). */
    private final long extraMetres;
    /** 合乘: the requester accepts riding with others' passengers. */
    private final boolean shareable;

    public Job(String id, long requestId, String label, int passengers, long unservedWeight, long latenessWeight,
            long preferredStart, BitSet eligibleRoutes, String previousRouteId, long moveWeight, long directMetres,
            long extraMetres, boolean shareable) {
        this.id = id;
        this.requestId = requestId;
        this.label = label;
        this.passengers = passengers;
        this.unservedWeight = unservedWeight;
        this.latenessWeight = latenessWeight;
        this.preferredStart = preferredStart;
        this.eligibleRoutes = eligibleRoutes;
        this.previousRouteId = previousRouteId;
        this.moveWeight = moveWeight;
        this.directMetres = directMetres;
        this.extraMetres = extraMetres;
        this.shareable = shareable;
    }

    public boolean eligibleFor(Route route) {
        return !route.unserved() && (eligibleRoutes == null || eligibleRoutes.get(route.index()));
    }

    public String id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String label() {
        return label;
    }

    public int passengers() {
        return passengers;
    }

    public long unservedWeight() {
        return unservedWeight;
    }

    public long latenessWeight() {
        return latenessWeight;
    }

    public long preferredStart() {
        return preferredStart;
    }

    public String previousRouteId() {
        return previousRouteId;
    }

    public long moveWeight() {
        return moveWeight;
    }

    public long directMetres() {
        return directMetres;
    }

    public long extraMetres() {
        return extraMetres;
    }

    public boolean shareable() {
        return shareable;
    }

    @Override
    public String toString() {
        return id;
    }
}
