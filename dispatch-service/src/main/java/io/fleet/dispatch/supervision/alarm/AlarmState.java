package io.fleet.dispatch.supervision.alarm;

/** Where an alarm is in its review. WITHDRAWN is the detector's: re-evaluation no longer found it before review. */
public enum AlarmState {
    OPEN, EXPLANATION_REQUESTED, EXPLAINED, CONFIRMED, DISMISSED, CLOSED, WITHDRAWN
}
