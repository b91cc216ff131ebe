package io.fleet.dispatch.track.movement;

import java.time.Instant;

/** What movement segmentation reads of a stored position. */
public record TrackPoint(Instant time, double latitude, double longitude, double speedKmh, boolean acc,
                         Double mileageKm) {
}
