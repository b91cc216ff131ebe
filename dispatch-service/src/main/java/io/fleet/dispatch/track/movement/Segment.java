package io.fleet.dispatch.track.movement;

/**
 * A stop or a movement: from its first point to its last. Consecutive segments share their boundary point, so they
 * tile the track's time line without gaps.
 *
 * @param distanceM  along the track (movements only; a stop's jitter is not distance)
 * @param odometerM  from the odometer item at both ends, when the terminal reports it
 */
public record Segment(Kind kind, TrackPoint start, TrackPoint end, double distanceM, Double odometerM,
                      double maxSpeedKmh, int points) {

    public enum Kind { MOVE, STOP }
}
