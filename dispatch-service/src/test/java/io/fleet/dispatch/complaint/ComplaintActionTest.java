package io.fleet.dispatch.complaint;

import static io.fleet.dispatch.complaint.ComplaintAction.ASSIGN;
import static io.fleet.dispatch.complaint.ComplaintAction.CLOSE;
import static io.fleet.dispatch.complaint.ComplaintAction.CONCLUDE;
import static io.fleet.dispatch.complaint.ComplaintAction.INVESTIGATE;
import static io.fleet.dispatch.complaint.ComplaintAction.LINK_ALARM;
import static io.fleet.dispatch.complaint.ComplaintAction.REPLY;
import static io.fleet.dispatch.complaint.ComplaintState.ASSIGNED;
import static io.fleet.dispatch.complaint.ComplaintState.CLOSED;
import static io.fleet.dispatch.complaint.ComplaintState.CONCLUDED;
import static io.fleet.dispatch.complaint.ComplaintState.INVESTIGATING;
import static io.fleet.dispatch.complaint.ComplaintState.RECEIVED;
import static io.fleet.dispatch.complaint.ComplaintState.REPLIED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintActionTest {

    @Test
    void theWorkflowRunsInOrderOnly() {
        assertThat(ASSIGN.next(RECEIVED, null)).isEqualTo(ASSIGNED);
        assertThat(INVESTIGATE.next(ASSIGNED, null)).isEqualTo(INVESTIGATING);
        assertThat(CONCLUDE.next(INVESTIGATING, null)).isEqualTo(CONCLUDED);
        assertThat(REPLY.next(CONCLUDED, Outcome.UNSUBSTANTIATED)).isEqualTo(REPLIED);
        assertThat(CLOSE.next(REPLIED, Outcome.UNSUBSTANTIATED)).isEqualTo(CLOSED);

        assertThat(CONCLUDE.next(RECEIVED, null)).isNull();
        assertThat(INVESTIGATE.next(RECEIVED, null)).isNull();
        assertThat(REPLY.next(INVESTIGATING, null)).isNull();
        assertThat(CLOSE.next(CONCLUDED, Outcome.SUBSTANTIATED)).isNull();
        assertThat(ASSIGN.next(CLOSED, Outcome.SUBSTANTIATED)).isNull();
    }

    @Test
    void reassigningKeepsAnInvestigationGoing() {
        assertThat(ASSIGN.next(ASSIGNED, null)).isEqualTo(ASSIGNED);
        assertThat(ASSIGN.next(INVESTIGATING, null)).isEqualTo(INVESTIGATING);
        assertThat(ASSIGN.next(CONCLUDED, Outcome.SUBSTANTIATED)).isNull();
    }

    @Test
    void onlyASubstantiatedConcludedCaseLinksAnAlarmAndKeepsItsState() {
        assertThat(LINK_ALARM.next(CONCLUDED, Outcome.SUBSTANTIATED)).isEqualTo(CONCLUDED);
        assertThat(LINK_ALARM.next(CLOSED, Outcome.SUBSTANTIATED)).isEqualTo(CLOSED);
        assertThat(LINK_ALARM.next(CONCLUDED, Outcome.UNSUBSTANTIATED)).isNull();
        assertThat(LINK_ALARM.next(INVESTIGATING, null)).isNull();
    }

    @Test
    void pathsAreKebabCase() {
        assertThat(ComplaintAction.fromPath("link-alarm")).isEqualTo(LINK_ALARM);
        assertThat(ComplaintAction.fromPath("LINK_ALARM")).isNull();
    }
}
