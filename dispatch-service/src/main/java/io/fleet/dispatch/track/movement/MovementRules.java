package io.fleet.dispatch.track.movement;

import java.time.Duration;

/**
 * Thresholds of movement segmentation (docs/tracks.md explains each with the case it handles).
 *
 * @param movingKmh      a point at or above this GNSS speed is moving; below it is standing (GNSS jitter at rest
 *                       reports a few km/h)
 * @param minStop        standing at least this long is a stop; shorter (a traffic light, a queue) stays in the drive
 * @param silentGap      no points for this long, with the car in about the same place before and after, means the
 *                       terminal went silent with the engine off: the gap is a stop
 * @param minMoveRadius  a "drive" that never gets this far from where it started is jitter or shunting in a car
 *                       park, and is folded into the stop around it
 * @param maxPlausibleKmh consecutive points implying more than this are a GNSS jump, left out of the distance
 */
public record MovementRules(double movingKmh, Duration minStop, Duration silentGap, double minMoveRadius,
                            double maxPlausibleKmh) {

    public static final MovementRules DEFAULTS = new MovementRules(5, Duration.ofMinutes(3), Duration.ofMinutes(5),
            150, 200);
}
