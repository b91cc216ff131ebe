package io.fleet.dispatch.routing;

/** A map-matched track as the API returns it. */
public record MatchedTrackView(String profile, double distanceMeters, double timeSeconds, double trackMeters,
        LineString geometry) {

    static MatchedTrackView of(MatchedTrack track) {
        return new MatchedTrackView(track.profile().key(), track.distanceMeters(), track.timeSeconds(),
                track.trackMeters(), LineString.of(track.geometry()));
    }
}
