package io.fleet.dispatch.track.movement;

import java.sql.Connection;
import java.time.Instant;

/**
 * Fired synchronously, inside the recomputation's transaction, after a vehicle's movements from {@code from} on were
 * replaced, so observers (supervision) can record follow-up work in the same transaction on {@code connection}.
 */
public record MovementsChanged(Connection connection, long vehicleId, Instant from) {
}
