package io.fleet.dispatch.track.store;

import java.time.Instant;

/** One row of the position table, as ingest writes it. Units are those of the columns (see V10__track_store.sql). */
public record PositionRow(long vehicleId, Instant fixTime, long contentHash, String phone, Instant serverTime,
                          double latitude, double longitude, float speedKmh, int course, int altitudeM, int alarmBits,
                          int statusBits, Double mileageKm, Float fuelLitres, Integer satellites, String extrasJson,
                          boolean backfill) {

    /** Status bit 0. */
    public boolean accOn() {
        return (statusBits & 1) != 0;
    }
}
