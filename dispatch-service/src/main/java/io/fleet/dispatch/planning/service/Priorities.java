package io.fleet.dispatch.planning.service;

import io.fleet.dispatch.trip.TripCategory;

/**
 * What leaving a request unserved, or picking it up late, costs by category. An emergency outweighs every other
 * request together (a day has far fewer than a thousand); among the rest, duty before courier before retirees before
 * general business.
 */
final class Priorities {

    private Priorities() {
    }

    /** Medium level, per request left unserved. */
    static long unserved(TripCategory category) {
        return switch (category) {
            case EMERGENCY -> 1_000_000;
            case ENFORCEMENT -> 1_000;
            case COURIER -> 600;
            case RETIREE -> 400;
            case GENERAL -> 200;
        };
    }

    /** Soft level, per second after the requested time (a metre of empty driving costs 1). */
    static long lateness(TripCategory category) {
        return switch (category) {
            case EMERGENCY -> 100;
            case ENFORCEMENT -> 10;
            case COURIER -> 5;
            case RETIREE -> 5;
            case GENERAL -> 2;
        };
    }

    /** Soft cost of moving an already scheduled trip to another vehicle (the driver was told). */
    static final long MOVE = 20_000;
}
