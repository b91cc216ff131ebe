package io.fleet.dispatch.planning.service;

import java.time.Instant;
import java.time.LocalDate;

/** One day plan of one organisation's subtree being optimised, and its best answer so far. */
final class PlanRun {

    enum Status { SOLVING, SOLVED, FAILED }

    final String id;
    final LocalDate day;
    final long orgId;
    final String orgPath;
    final Instant created;
    volatile BuiltPlan best;
    volatile Status status = Status.SOLVING;
    volatile String failure;
    volatile Instant solvedAt;
    volatile int changes;
    volatile int generation;

    PlanRun(String id, LocalDate day, long orgId, String orgPath, BuiltPlan start) {
        this.id = id;
        this.day = day;
        this.orgId = orgId;
        this.orgPath = orgPath;
        this.created = Instant.now();
        this.best = start;
    }
}
