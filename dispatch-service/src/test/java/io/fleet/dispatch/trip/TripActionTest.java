package io.fleet.dispatch.trip;

import static io.fleet.dispatch.trip.TripAction.APPROVE;
import static io.fleet.dispatch.trip.TripAction.ASSIGN;
import static io.fleet.dispatch.trip.TripAction.CANCEL;
import static io.fleet.dispatch.trip.TripAction.COMPLETE;
import static io.fleet.dispatch.trip.TripAction.EVALUATE;
import static io.fleet.dispatch.trip.TripAction.REFUSE;
import static io.fleet.dispatch.trip.TripAction.REJECT;
import static io.fleet.dispatch.trip.TripAction.START;
import static io.fleet.dispatch.trip.TripCategory.EMERGENCY;
import static io.fleet.dispatch.trip.TripCategory.GENERAL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TripActionTest {

    @Test
    void anOrdinaryRequestGoesThroughItsWholeLife() {
        assertThat(APPROVE.next(TripState.SUBMITTED, GENERAL, false)).isEqualTo(TripState.APPROVED);
        assertThat(ASSIGN.next(TripState.APPROVED, GENERAL, true)).isEqualTo(TripState.SCHEDULED);
        assertThat(TripAction.ACCEPT.next(TripState.SCHEDULED, GENERAL, true)).isEqualTo(TripState.ACCEPTED);
        assertThat(START.next(TripState.ACCEPTED, GENERAL, true)).isEqualTo(TripState.UNDER_WAY);
        assertThat(COMPLETE.next(TripState.UNDER_WAY, GENERAL, true)).isEqualTo(TripState.COMPLETED);
        assertThat(EVALUATE.next(TripState.COMPLETED, GENERAL, true)).isEqualTo(TripState.EVALUATED);
    }

    @Test
    void onlyEmergenciesAreDispatchedBeforeApprovalAndApprovedAfterwards() {
        assertThat(ASSIGN.next(TripState.SUBMITTED, GENERAL, false)).isNull();
        assertThat(ASSIGN.next(TripState.SUBMITTED, EMERGENCY, false)).isEqualTo(TripState.SCHEDULED);
        assertThat(APPROVE.next(TripState.UNDER_WAY, EMERGENCY, false)).isEqualTo(TripState.UNDER_WAY);
        assertThat(APPROVE.next(TripState.UNDER_WAY, EMERGENCY, true)).as("approved once only").isNull();
    }

    @Test
    void aRefusalReturnsTheRequestToTheDispatcher() {
        assertThat(REFUSE.next(TripState.SCHEDULED, GENERAL, true)).isEqualTo(TripState.APPROVED);
        assertThat(REFUSE.next(TripState.SCHEDULED, EMERGENCY, false)).isEqualTo(TripState.SUBMITTED);
    }

    @Test
    void finishedRequestsCannotBeCancelledOrRejected() {
        assertThat(CANCEL.next(TripState.UNDER_WAY, GENERAL, true)).isNull();
        assertThat(CANCEL.next(TripState.COMPLETED, GENERAL, true)).isNull();
        assertThat(REJECT.next(TripState.APPROVED, GENERAL, true)).isNull();
        assertThat(REJECT.next(TripState.UNDER_WAY, EMERGENCY, false)).isNull();
        assertThat(EVALUATE.next(TripState.EVALUATED, GENERAL, true)).isNull();
    }

    @Test
    void reasonsAreRequiredForRefusalsRejectionsAndCancellations() {
        assertThat(TripAction.values()).filteredOn(TripAction::needsReason).containsExactlyInAnyOrder(REJECT, REFUSE, CANCEL);
        assertThat(TripAction.fromPath("no-show-report")).isEqualTo(TripAction.NO_SHOW_REPORT);
        assertThat(TripAction.fromPath("teleport")).isNull();
    }
}
