package io.fleet.dispatch.complaint;

/** Where a case stands: received → assigned → investigating → concluded → replied → closed. */
public enum ComplaintState {
    RECEIVED, ASSIGNED, INVESTIGATING, CONCLUDED, REPLIED, CLOSED
}
