package io.fleet.dispatch.track.ingest;

import java.time.Instant;

/** A point (or a whole entry) kept apart with its raw bytes; (streamId, itemIndex) makes redelivery harmless. */
public record Rejection(String streamId, int itemIndex, String phone, String msgId, RejectReason reason, String detail,
                        Instant fixTime, Double latitude, Double longitude, Instant receivedAt, byte[] raw) {
}
