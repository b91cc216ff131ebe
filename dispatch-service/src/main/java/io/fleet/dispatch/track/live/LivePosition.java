package io.fleet.dispatch.track.live;

import io.fleet.dispatch.track.ingest.IngestBatch;
import io.fleet.dispatch.track.store.PositionRow;

/** The live state of a vehicle as kept in Redis and pushed to screens. */
public record LivePosition(long fixTimeMillis, long vehicleId, String plate, String orgPath, String phone,
                           double latitude, double longitude, float speedKmh, int course, int altitudeM, boolean acc,
                           int alarmBits, int statusBits, String fixTime, String serverTime, boolean backfill) {

    public static LivePosition of(IngestBatch.LatestPoint latest) {
        PositionRow r = latest.row();
        return new LivePosition(r.fixTime().toEpochMilli(), r.vehicleId(), latest.vehicle().plate(),
                latest.vehicle().orgPath(), r.phone(), r.latitude(), r.longitude(), r.speedKmh(), r.course(),
                r.altitudeM(), r.accOn(), r.alarmBits(), r.statusBits(), r.fixTime().toString(),
                r.serverTime().toString(), r.backfill());
    }
}
