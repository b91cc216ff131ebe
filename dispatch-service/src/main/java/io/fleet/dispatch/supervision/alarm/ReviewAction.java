package io.fleet.dispatch.supervision.alarm;

import static io.fleet.dispatch.supervision.alarm.AlarmState.CLOSED;
import static io.fleet.dispatch.supervision.alarm.AlarmState.CONFIRMED;
import static io.fleet.dispatch.supervision.alarm.AlarmState.DISMISSED;
import static io.fleet.dispatch.supervision.alarm.AlarmState.EXPLAINED;
import static io.fleet.dispatch.supervision.alarm.AlarmState.EXPLANATION_REQUESTED;
import static io.fleet.dispatch.supervision.alarm.AlarmState.OPEN;

import java.util.Locale;

/**
 * A supervisor's (or the unit's) step on an alarm and the state it leads to: open → confirm / dismiss /
 * request-explanation; the unit explains; the supervisor confirms or dismisses; a decided alarm is closed.
 */
public enum ReviewAction {
    CONFIRM, DISMISS, REQUEST_EXPLANATION, EXPLAIN, CLOSE;

    /** The next state, or null when the step is not allowed now. */
    public AlarmState next(AlarmState state) {
        return switch (this) {
            case CONFIRM -> state == OPEN || state == EXPLANATION_REQUESTED || state == EXPLAINED ? CONFIRMED : null;
            case DISMISS -> state == OPEN || state == EXPLANATION_REQUESTED || state == EXPLAINED ? DISMISSED : null;
            case REQUEST_EXPLANATION -> state == OPEN || state == EXPLAINED ? EXPLANATION_REQUESTED : null;
            case EXPLAIN -> state == EXPLANATION_REQUESTED ? EXPLAINED : null;
            case CLOSE -> state == CONFIRMED || state == DISMISSED ? CLOSED : null;
        };
    }

    /** Confirming and dismissing need a reason, asking needs the question, explaining needs the explanation. */
    public boolean needsText() {
        return this != CLOSE;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReviewAction fromPath(String path) {
        for (ReviewAction a : values()) {
            if (a.path().equals(path)) {
                return a;
            }
        }
        return null;
    }
}
