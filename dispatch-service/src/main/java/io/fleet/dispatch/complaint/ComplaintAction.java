package io.fleet.dispatch.complaint;

import static io.fleet.dispatch.complaint.ComplaintState.ASSIGNED;
import static io.fleet.dispatch.complaint.ComplaintState.CLOSED;
import static io.fleet.dispatch.complaint.ComplaintState.CONCLUDED;
import static io.fleet.dispatch.complaint.ComplaintState.INVESTIGATING;
import static io.fleet.dispatch.complaint.ComplaintState.RECEIVED;
import static io.fleet.dispatch.complaint.ComplaintState.REPLIED;

import java.util.Locale;

/**
 * What handlers do to a case, and the state each step leads to; {@link #next} is the whole workflow. ASSIGN also
 * re-assigns an open case; LINK_ALARM records an existing supervision alarm of a substantiated case, CREATE_ALARM
 * opens one with the traced track as evidence; neither changes the state.
 */
public enum ComplaintAction {
    ASSIGN, INVESTIGATE, CONCLUDE, REPLY, CLOSE, LINK_ALARM, CREATE_ALARM;

    /** The state after this action, or null when it is not allowed now. */
    public ComplaintState next(ComplaintState state, Outcome outcome) {
        return switch (this) {
            case ASSIGN -> state == RECEIVED || state == ASSIGNED || state == INVESTIGATING ? (state == INVESTIGATING ? INVESTIGATING : ASSIGNED) : null;
            case INVESTIGATE -> state == ASSIGNED ? INVESTIGATING : null;
            case CONCLUDE -> state == INVESTIGATING ? CONCLUDED : null;
            case REPLY -> state == CONCLUDED ? REPLIED : null;
            case CLOSE -> state == REPLIED ? CLOSED : null;
            case LINK_ALARM, CREATE_ALARM -> outcome == Outcome.SUBSTANTIATED
                    && (state == CONCLUDED || state == REPLIED || state == CLOSED) ? state : null;
        };
    }

    /** The path segment in the API ("link-alarm"). */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ComplaintAction fromPath(String path) {
        for (ComplaintAction action : values()) {
            if (action.path().equals(path)) {
                return action;
            }
        }
        return null;
    }
}
