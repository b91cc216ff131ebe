package io.fleet.dispatch.planning.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dispatch planner; each is an environment variable listed in the README. */
@ConfigMapping(prefix = "fleet.planning")
public interface PlanningConfig {

    /**
     * How long a day plan may take once its road matrix is ready, the warm start included (FLEET_PLANNING_SECONDS);
     * a re-plan after a change gets this long again.
     */
    @WithDefault("PT30S")
    Duration solveTime();

    /** Stop earlier when the best plan has not improved for this long. */
    @WithDefault("PT10S")
    Duration unimprovedTime();

    /** Getting in, luggage, seat belts: added at every pickup. */
    @WithDefault("PT3M")
    Duration boarding();

    /** How long a car that waits and returns waits at the destination when the request does not say. */
    @WithDefault("PT1H")
    Duration stay();

    /** A live position older than this is not where the car is: its home lot is used instead. */
    @WithDefault("PT10M")
    Duration liveMaxAge();

    /** How often request changes are read from the audit trail (the scheduler's syntax: 2s, 500ms). */
    @WithDefault("2s")
    String poll();

    /** Vehicles nearest to an emergency pickup (straight line) whose road ETA is computed. */
    @WithDefault("40")
    int immediateCandidates();
}
