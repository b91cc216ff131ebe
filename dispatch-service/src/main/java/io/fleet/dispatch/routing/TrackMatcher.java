package io.fleet.dispatch.routing;

import java.util.ArrayList;
import java.util.List;

import com.graphhopper.matching.MapMatching;
import com.graphhopper.matching.MatchResult;
import com.graphhopper.matching.Observation;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.GHPoint;

/**
 * Lays a recorded GPS track onto the roads with GraphHopper's hidden-Markov map matching (Newson &amp; Krumm), for
 * comparing a trip with its planned route and for cleaner replay. A {@link MapMatching} holds per-match state, so
 * each call makes its own (cheap: it reuses the loaded graph).
 */
public final class TrackMatcher {

    /** Typical GPS error of vehicle terminals, metres (GraphHopper's default is 50, tuned for phones). */
    static final double DEFAULT_GPS_ERROR = 40;

    private final RoadNetwork network;

    public TrackMatcher(RoadNetwork network) {
        this.network = network;
    }

    /** @param field how the request named the track's points, for errors ("points", "track.coordinates") */
    public MatchedTrack match(RoadProfile profile, List<LatLon> track, double gpsErrorMeters, String field) {
        if (track.size() < 2) {
            throw new IllegalArgumentException("a track needs at least two points");
        }
        List<Observation> observations = new ArrayList<>(track.size());
        for (int i = 0; i < track.size(); i++) {
            LatLon point = track.get(i);
            if (network.snap(profile, point).isEmpty()) {
                throw new OffMapException(field + "[" + i + "]", point, network.maxSnapDistance());
            }
            observations.add(new Observation(new GHPoint(point.lat(), point.lon())));
        }
        MapMatching matching = MapMatching.fromGraphHopper(network.hopper(), new PMap().putObject("profile", profile.key()));
        matching.setMeasurementErrorSigma(gpsErrorMeters);
        MatchResult result;
        try {
            result = matching.match(observations);
        } catch (IllegalArgumentException e) {
            // GraphHopper reports a track it cannot follow ("Sequence is broken ...") this way.
            throw new NoRouteException("the track cannot be matched to connected roads: " + e.getMessage());
        }
        return new MatchedTrack(profile, result.getMatchLength(), result.getMatchMillis() / 1000.0,
                result.getGpxEntriesLength(), RouteFinder.points(result.getMergedPath().calcPoints()));
    }
}
