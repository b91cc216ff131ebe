package io.fleet.dispatch.supervision.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.rule.Facts;
import io.fleet.dispatch.supervision.rule.Finding;
import io.fleet.dispatch.supervision.setting.Effective;

/**
 * The evidence an alarm carries, so a supervisor can judge it without opening another screen: the rule and its
 * thresholds (and where they were set), the track of the period as GeoJSON, the stops around it, and the order — the
 * trip concerned, the approved trips of the vehicle around that time, or that there were none.
 */
final class Evidence {

    private static final int MOST_POINTS = 500;
    private static final Duration AROUND = Duration.ofMinutes(30);

    private Evidence() {
    }

    static Map<String, Object> of(Finding f, Facts facts, Effective setting) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("rule", f.rule().name());
        e.put("thresholds", setting.params().asMap());
        e.put("thresholdsFrom", setting.fromOrgId() == null ? "defaults" : "organisation " + setting.fromOrgId());
        e.put("start", f.start().toString());
        e.put("end", f.end().toString());
        e.put("summary", f.summary());
        e.put("details", f.details());
        e.put("track", track(facts.fixesBetween(f.start(), f.end())));
        List<Map<String, Object>> stops = new ArrayList<>();
        for (Facts.Seg s : facts.segments()) {
            if (!s.moving() && !s.end().isBefore(f.start().minus(AROUND)) && !s.start().isAfter(f.end().plus(AROUND))) {
                stops.add(Map.of("start", s.start().toString(), "end", s.end().toString(), "latitude", s.startLat(),
                        "longitude", s.startLon(), "minutes", s.duration().toMinutes()));
            }
        }
        e.put("stops", stops);
        List<Map<String, Object>> trips = new ArrayList<>();
        for (Facts.Trip t : facts.trips()) {
            if (!t.windowEnd().isBefore(f.start().minus(Duration.ofHours(2)))
                    && !t.windowStart().isAfter(f.end().plus(Duration.ofHours(2)))) {
                trips.add(Map.of("id", t.id(), "state", t.state(), "category", t.category(),
                        "windowStart", t.windowStart().toString(), "windowEnd", t.windowEnd().toString()));
            }
        }
        e.put("order", f.tripRequestId() != null ? "trip request " + f.tripRequestId()
                : trips.isEmpty() ? "no approved trip of this vehicle within 2 h" : "approved trips nearby do not cover it");
        e.put("approvedTripsNearby", trips);
        return e;
    }

    /** A GeoJSON Feature: the LineString of the fixes (thinned to at most 500) with their times. */
    static Map<String, Object> track(List<Facts.Fix> fixes) {
        int step = Math.max(1, (fixes.size() + MOST_POINTS - 1) / MOST_POINTS);
        List<List<Double>> coordinates = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i += step) {
            add(fixes.get(i), coordinates, times);
        }
        if (!fixes.isEmpty() && (fixes.size() - 1) % step != 0) {
            add(fixes.get(fixes.size() - 1), coordinates, times);
        }
        Map<String, Object> geometry = coordinates.size() == 1
                ? Map.of("type", "Point", "coordinates", coordinates.get(0))
                : Map.of("type", "LineString", "coordinates", coordinates);
        return Map.of("type", "Feature", "geometry", coordinates.isEmpty() ? Map.of("type", "LineString",
                "coordinates", List.of()) : geometry, "properties", Map.of("times", times));
    }

    private static void add(Facts.Fix f, List<List<Double>> coordinates, List<String> times) {
        coordinates.add(List.of(f.lon(), f.lat()));
        times.add(f.time().toString());
    }
}
