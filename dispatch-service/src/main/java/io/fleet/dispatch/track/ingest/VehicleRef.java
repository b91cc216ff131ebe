package io.fleet.dispatch.track.ingest;

/** What ingest needs to know of the vehicle behind a terminal: its id and, for live filtering, owner and plate. */
public record VehicleRef(long vehicleId, String orgPath, String plate) {
}
