package io.fleet.dispatch.trip;

import static io.fleet.dispatch.trip.TripState.ACCEPTED;
import static io.fleet.dispatch.trip.TripState.APPROVED;
import static io.fleet.dispatch.trip.TripState.CANCELLED;
import static io.fleet.dispatch.trip.TripState.COMPLETED;
import static io.fleet.dispatch.trip.TripState.EVALUATED;
import static io.fleet.dispatch.trip.TripState.NO_SHOW;
import static io.fleet.dispatch.trip.TripState.REJECTED;
import static io.fleet.dispatch.trip.TripState.SCHEDULED;
import static io.fleet.dispatch.trip.TripState.SUBMITTED;
import static io.fleet.dispatch.trip.TripState.UNDER_WAY;

import java.util.Locale;

/**
 * What people do to a trip request, and the state each step leads to. {@link #next} is the whole life cycle:
 * submitted → approved/rejected → scheduled → accepted → under way → completed → evaluated, plus cancelled and
 * no-show; an emergency may be scheduled (and driven) before it is approved, and approved afterwards.
 */
public enum TripAction {
    APPROVE, REJECT, ASSIGN, ACCEPT, REFUSE, START, COMPLETE, NO_SHOW_REPORT, CANCEL, EVALUATE,
    /** Milestones the driver's phone reports while under way (START is "departed"); they keep the state. */
    AT_PICKUP, ABOARD, ARRIVE;

    /**
     * The state after this action, or null when the action is not allowed now.
     *
     * @param approved whether a leader approved the request already (an emergency may be past SUBMITTED without it)
     */
    public TripState next(TripState state, TripCategory category, boolean approved) {
        return switch (this) {
            case APPROVE -> state == SUBMITTED ? APPROVED
                    : !approved && (state == SCHEDULED || state == ACCEPTED || state == UNDER_WAY || state == COMPLETED
                    || state == EVALUATED) ? state // approval after an emergency dispatch: recorded, state kept
                    : null;
            case REJECT -> state == SUBMITTED || (!approved && (state == SCHEDULED || state == ACCEPTED)) ? REJECTED : null;
            case ASSIGN -> state == APPROVED || state == SCHEDULED || state == ACCEPTED
                    || (state == SUBMITTED && category == TripCategory.EMERGENCY) ? SCHEDULED : null;
            case ACCEPT -> state == SCHEDULED ? ACCEPTED : null;
            case REFUSE -> state == SCHEDULED || state == ACCEPTED ? (approved ? APPROVED : SUBMITTED) : null;
            case START -> state == ACCEPTED ? UNDER_WAY : null;
            case COMPLETE -> state == UNDER_WAY ? COMPLETED : null;
            case NO_SHOW_REPORT -> state == ACCEPTED ? NO_SHOW : null;
            case CANCEL -> state == SUBMITTED || state == APPROVED || state == SCHEDULED || state == ACCEPTED
                    ? CANCELLED : null;
            case EVALUATE -> state == COMPLETED ? EVALUATED : null;
            case AT_PICKUP, ABOARD, ARRIVE -> state == UNDER_WAY ? UNDER_WAY : null;
        };
    }

    /** The phase of the trip after a milestone, or null for steps that are not milestones. */
    public TripPhase phase() {
        return switch (this) {
            case START -> TripPhase.DEPARTED;
            case AT_PICKUP -> TripPhase.AT_PICKUP;
            case ABOARD -> TripPhase.ABOARD;
            case ARRIVE -> TripPhase.ARRIVED;
            default -> null;
        };
    }

    /** Whether the person must say why (refusals, rejections, cancellations). */
    public boolean needsReason() {
        return this == REJECT || this == REFUSE || this == CANCEL;
    }

    /** The path segment of the action in the API ("no-show-report" and so on). */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TripAction fromPath(String path) {
        for (TripAction action : values()) {
            if (action.path().equals(path)) {
                return action;
            }
        }
        return null;
    }
}
