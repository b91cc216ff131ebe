package io.fleet.dispatch.supervision.rule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A hand-built track for the pure rule tests: stands and drives (north-east), one fix every 10 s, each call one
 * segment as the movement table would hold it, plus the other facts with plain defaults.
 */
final class TestTrack {

    static final double LAT = 30.25;
    static final double LON = 120.15;
    private static final double M_PER_DEG = 111_195;

    final List<Facts.Fix> fixes = new ArrayList<>();
    final List<Facts.Seg> segments = new ArrayList<>();
    final List<Instant> rejectedJumps = new ArrayList<>();
    final List<Facts.Trip> trips = new ArrayList<>();
    final List<Facts.Duty> duties = new ArrayList<>();
    final List<Facts.Sealing> sealing = new ArrayList<>();
    final List<Facts.Fence> forbidden = new ArrayList<>();
    final Map<java.time.LocalDate, WorkCalendar.Day> days = new HashMap<>();
    Geometry region;
    Geometry homeLot;
    String kind = "SEDAN";
    String status = "AVAILABLE";
    long alarmBits;
    /** What the terminal's odometer says per metre driven; NaN: the terminal reports no odometer. */
    double odometerFactor = Double.NaN;
    private Instant time;
    private double lat = LAT;
    private double lon = LON;
    private final Instant start;

    TestTrack(String localStart) {
        this.time = at(localStart);
        this.start = time;
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WorkCalendar.CHINA).toInstant();
    }

    TestTrack stand(int minutes) {
        Instant s = time;
        for (int i = 0; i <= minutes * 6; i++) {
            fixes.add(new Facts.Fix(time, lat, lon, 0, alarmBits, false));
            if (i < minutes * 6) {
                time = time.plusSeconds(10);
            }
        }
        segments.add(new Facts.Seg(segments.size() + 1, false, s, time, lat, lon, lat, lon, 0, null, 0));
        return this;
    }

    TestTrack drive(int minutes, double kmh) {
        Instant s = time;
        double sLat = lat;
        double sLon = lon;
        double step = kmh / 3.6 * 10;
        for (int i = 0; i < minutes * 6; i++) {
            time = time.plusSeconds(10);
            lat += step * Math.sqrt(0.5) / M_PER_DEG;
            lon += step * Math.sqrt(0.5) / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
            fixes.add(new Facts.Fix(time, lat, lon, kmh, alarmBits, true));
        }
        segments.add(new Facts.Seg(segments.size() + 1, true, s, time, sLat, sLon, lat, lon,
                step * minutes * 6, Double.isNaN(odometerFactor) ? null : step * minutes * 6 * odometerFactor, kmh));
        return this;
    }

    /** Nothing reported for a while; the car moves {@code metres} (0: it stood). */
    TestTrack silent(int minutes, double metres) {
        time = time.plusSeconds(minutes * 60L);
        lat += metres * Math.sqrt(0.5) / M_PER_DEG;
        lon += metres * Math.sqrt(0.5) / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
        return this;
    }

    /** One report far away ({@code metres} east) 10 s later, then back where the car is. */
    TestTrack glitch(double metres) {
        time = time.plusSeconds(10);
        fixes.add(new Facts.Fix(time, lat, lon + metres / (M_PER_DEG * Math.cos(Math.toRadians(lat))), 0, 0, false));
        return this;
    }

    TestTrack trip(long id, String localStart, String localEnd, double destLat, double destLon) {
        return trip(id, localStart, localEnd, destLat, destLon, null);
    }

    TestTrack trip(long id, String localStart, String localEnd, double destLat, double destLon, Double reportedKm) {
        trips.add(new Facts.Trip(id, "COMPLETED", "GENERAL", at(localStart), at(localEnd),
                List.of(Facts.point(destLat, destLon)), reportedKm, Facts.point(LAT, LON), null));
        return this;
    }

    Instant now() {
        return time;
    }

    double lat() {
        return lat;
    }

    double lon() {
        return lon;
    }

    /** A square of {@code sideM} metres centred on a point. */
    static Geometry square(double lat, double lon, double sideM) {
        double dLat = sideM / 2 / M_PER_DEG;
        double dLon = sideM / 2 / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
        return Facts.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon - dLon, lat - dLat),
                new Coordinate(lon + dLon, lat - dLat), new Coordinate(lon + dLon, lat + dLat),
                new Coordinate(lon - dLon, lat + dLat), new Coordinate(lon - dLon, lat - dLat)});
    }

    Facts facts() {
        return new Facts(new Facts.Vehicle(7, kind, status, homeLot), start.minusSeconds(3600), time.plusSeconds(3600),
                segments, fixes, rejectedJumps, trips, duties, sealing, region, forbidden, new WorkCalendar(days),
                new WorkingHours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30)));
    }
}
