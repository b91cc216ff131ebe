package io.fleet.dispatch.planning.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A place a vehicle must visit for a job: its pickup or its drop-off. The planning value the solver puts into
 * routes. It holds no solver state: when the vehicle gets there follows from the route it is in
 * ({@link RouteTimeline}). Times are plan seconds, distances metres.
 */
public final class Stop {

    @PlanningId
    private final String id;
    private final Job job;
    private final boolean pickup;
    private Stop partner;
    private final int location;
    /** Service cannot start before this (waiting allowed). */
    private final long ready;
    /** Service must start by this. */
    private final long due;
    private final long service;
    /** People getting in (+) or out (−). */
    private final int load;

    private Stop(String id, Job job, boolean pickup, int location, long ready, long due, long service, int load) {
        this.id = id;
        this.job = job;
        this.pickup = pickup;
        this.location = location;
        this.ready = ready;
        this.due = due;
        this.service = service;
        this.load = load;
    }

    /** The pickup and drop-off of a job, each knowing the other. */
    public static Stop[] pair(Job job, int pickupLocation, long pickupReady, long pickupDue, long pickupService,
            int dropoffLocation, long dropoffReady, long dropoffDue, long dropoffService) {
        Stop pickup = new Stop(job.id() + "-P", job, true, pickupLocation, pickupReady, pickupDue, pickupService,
                job.passengers());
        Stop dropoff = new Stop(job.id() + "-D", job, false, dropoffLocation, dropoffReady, dropoffDue, dropoffService,
                -job.passengers());
        pickup.partner = dropoff;
        dropoff.partner = pickup;
        return new Stop[] {pickup, dropoff};
    }

    public String id() {
        return id;
    }

    public Job job() {
        return job;
    }

    public boolean pickup() {
        return pickup;
    }

    public Stop partner() {
        return partner;
    }

    public int location() {
        return location;
    }

    public long ready() {
        return ready;
    }

    public long due() {
        return due;
    }

    public long service() {
        return service;
    }

    public int load() {
        return load;
    }

    @Override
    public String toString() {
        return id;
    }
}
