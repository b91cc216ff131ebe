package io.fleet.dispatch.complaint;

/** What the investigation concluded. */
public enum Outcome {
    SUBSTANTIATED, UNSUBSTANTIATED
}
