package io.fleet.dispatch.track.ingest;

/** Why a point was kept apart instead of stored in the track (rejected_position.reason). */
public enum RejectReason {
    /** The phone is in no terminal row, or its terminal is fitted to no vehicle. */
    UNKNOWN_TERMINAL,
    /** The body does not decode as the message id says. */
    UNDECODABLE,
    /** Status bit 1 (positioned) is clear: the coordinates are the last fix or garbage. */
    NO_FIX,
    /** Latitude and longitude both zero, a common placeholder of terminals without fix. */
    ZERO_ZERO,
    /** The fix time is missing or out of range. */
    NO_TIME,
    /** The fix time is further ahead of the server clock than fleet.tracks.max-future. */
    FUTURE,
    /** The fix time is older than the retention period: it would land in a dropped partition. */
    TOO_OLD,
    /** Reaching it from the vehicle's previous point would need a speed no car has. */
    JUMP
}
