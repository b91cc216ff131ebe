package io.fleet.dispatch.complaint;

/** The complainant's answer when asked about the reply (the 12345 hotline's usual scale), or none. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, NO_ANSWER
}
