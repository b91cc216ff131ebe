package io.fleet.dispatch.track.store;

import java.time.Instant;

/** A stored point as the replay and exports show it. */
public record TrackPointView(Instant fixTime, double latitude, double longitude, float speedKmh, int course,
                            int altitudeM, int statusBits, int alarmBits, Double mileageKm, boolean backfill) {
}
