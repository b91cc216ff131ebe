package io.fleet.dispatch.track.ingest;

import io.fleet.gateway.codec.message.location.LocationReport;

/**
 * One location report out of a stream entry (a 0x0704 holds many), with the wire bytes of that report: they give the
 * content hash that makes a redelivered point a duplicate, and the raw copy kept when the point is rejected.
 */
public record DecodedPoint(int itemIndex, LocationReport report, boolean backfill, byte[] reportBytes) {
}
