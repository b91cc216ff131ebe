package io.fleet.dispatch.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.alarm.AlarmService;
import io.fleet.dispatch.track.store.MovementQueries.MovementView;

/**
 * The supervision alarm a substantiated case opens: about the car named at conclusion, over the movement (or the
 * traced minutes) in which the trace found it at the place, with the evidence a supervisor needs without opening the
 * case: what the citizen saw, the findings, the closest approach, the track around it as GeoJSON, the movement and
 * the trip order. When the trace does not put the car there (the handler substantiated it some other way), the period
 * is the time the citizen gave and the evidence says so.
 */
final class ComplaintAlarms {

    private ComplaintAlarms() {
    }

    static AlarmService.ComplaintAlarm of(Complaint c, Trace.Candidate traced, String actor) {
        Instant start = c.seenFrom.toInstant();
        Instant end = c.seenTo.toInstant();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("rule", AlarmService.COMPLAINT);
        e.put("complaint", c.id);
        e.put("channel", c.channel.name());
        e.put("seenFrom", start.toString());
        e.put("seenTo", end.toString());
        e.put("place", Map.of("latitude", c.place.getY(), "longitude", c.place.getX(),
                "text", c.placeText == null ? "" : c.placeText));
        e.put("description", c.description);
        e.put("findings", c.findings);
        Long trip = c.tripRequestId;
        if (traced == null) {
            e.put("traced", "the trace does not put this car within the radius of the place in the time given");
            e.put("track", feature(List.of()));
        } else {
            Trace.Fix f = traced.closest();
            e.put("traced", "closest approach " + Math.round(f.distanceM()) + " m at " + f.time());
            e.put("closest", Map.of("time", f.time().toString(), "latitude", f.latitude(), "longitude", f.longitude(),
                    "distanceM", f.distanceM(), "speedKmh", f.speedKmh()));
            e.put("track", feature(traced.trackAround()));
            MovementView m = traced.movement();
            if (m != null) {
                start = m.start();
                end = m.end();
                Map<String, Object> mv = new LinkedHashMap<>();
                mv.put("id", m.id());
                mv.put("kind", m.kind());
                mv.put("start", m.start().toString());
                mv.put("end", m.end().toString());
                mv.put("distanceM", m.distanceM());
                mv.put("maxSpeedKmh", m.maxSpeedKmh());
                mv.put("tripOrderId", m.tripOrderId());
                e.put("movement", mv);
            } else if (!traced.trackAround().isEmpty()) {
                start = traced.trackAround().get(0).time();
                end = traced.trackAround().get(traced.trackAround().size() - 1).time();
            } else {
                start = f.time();
                end = f.time();
            }
            if (traced.trip() != null) {
                Trace.TripMatch t = traced.trip();
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("tripRequestId", t.tripRequestId());
                tm.put("basis", t.basis());
                tm.put("state", t.state());
                tm.put("requester", t.requester());
                tm.put("approver", t.approver());
                tm.put("driver", t.driverName());
                tm.put("windowStart", t.windowStart() == null ? null : t.windowStart().toString());
                tm.put("windowEnd", t.windowEnd() == null ? null : t.windowEnd().toString());
                e.put("trip", tm);
                if (trip == null) {
                    trip = t.tripRequestId();
                }
            }
        }
        e.put("order", trip == null ? "no trip order" : "trip request " + trip);
        e.put("start", start.toString());
        e.put("end", end.toString());
        String summary = "Substantiated complaint " + c.id + ": " + c.findings.strip();
        e.put("summary", summary);
        return new AlarmService.ComplaintAlarm(c.id, c.vehicleId, start, end, summary, trip, e, actor);
    }

    /** GeoJSON Feature of the track around the closest approach, with the times, as alarms show tracks. */
    private static Map<String, Object> feature(List<Trace.TrackPoint> points) {
        List<List<Double>> coordinates = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Trace.TrackPoint p : points) {
            coordinates.add(List.of(p.longitude(), p.latitude()));
            times.add(p.time().toString());
        }
        Map<String, Object> geometry = coordinates.size() == 1
                ? Map.of("type", "Point", "coordinates", coordinates.get(0))
                : Map.of("type", "LineString", "coordinates", coordinates);
        return Map.of("type", "Feature", "geometry", geometry, "properties", Map.of("times", times));
    }
}
