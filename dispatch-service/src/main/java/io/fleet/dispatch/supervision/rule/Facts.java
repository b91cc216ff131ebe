package io.fleet.dispatch.supervision.rule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Everything the rules look at for one vehicle over one period, loaded once, so every rule is a pure function of
 * it. Coordinates are WGS-84; geometries are JTS with x = longitude, y = latitude.
 */
public record Facts(Vehicle vehicle, Instant from, Instant to, List<Seg> segments, List<Fix> fixes,
                    List<Instant> rejectedJumps, List<Trip> trips, List<Duty> duties, List<Sealing> sealing,
                    Geometry region, List<Fence> forbidden, WorkCalendar calendar, WorkingHours hours) {

    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final double METRES_PER_DEGREE = 111_195;

    public record Vehicle(long id, String kind, String status, Geometry homeLot) {
    }

    /** A stop or movement of the track (the movement table). */
    public record Seg(long id, boolean moving, Instant start, Instant end, double startLat, double startLon,
                      double endLat, double endLon, double distanceM, Double odometerM, double maxSpeedKmh) {

        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    /** One stored position. */
    public record Fix(Instant time, double lat, double lon, double speedKmh, long alarmBits, boolean acc) {
    }

    /**
     * An approved trip of the vehicle (trip_request in SCHEDULED … EVALUATED); reportedKm is the driver's odometer
     * reading at the end minus the one at the start, null unless both were given; plannedRoute is the road route
     * from the pickup through the destinations, null when the map does not cover them.
     */
    public record Trip(long id, String state, String category, Instant windowStart, Instant windowEnd,
                       List<Point> destinations, Double reportedKm, Point pickup, Geometry plannedRoute) {

        public Trip withRoute(Geometry route) {
            return new Trip(id, state, category, windowStart, windowEnd, destinations, reportedKm, pickup, route);
        }


        /** Whether the window, widened by the tolerance on both sides, holds all of [start, end]. */
        public boolean covers(Instant start, Instant end, Duration tolerance) {
            return !start.isBefore(windowStart.minus(tolerance)) && !end.isAfter(windowEnd.plus(tolerance));
        }
    }

    /** A standing-duty shift pattern: days of week, hours (end before start: into the next day), validity. */
    public record Duty(Geometry area, Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalDate validFrom,
                       LocalDate validTo) {

        /** Whether the instant is inside a shift of this duty. */
        public boolean onShift(Instant instant) {
            ZonedDateTime local = instant.atZone(WorkCalendar.CHINA);
            LocalTime t = local.toLocalTime();
            LocalDate shiftDay = local.toLocalDate();
            boolean inHours;
            if (end.isAfter(start)) {
                inHours = !t.isBefore(start) && t.isBefore(end);
            } else if (!t.isBefore(start)) {
                inHours = true;
            } else if (t.isBefore(end)) {
                inHours = true;
                shiftDay = shiftDay.minusDays(1); // the shift began the evening before
            } else {
                inHours = false;
            }
            return inHours && days.contains(shiftDay.getDayOfWeek()) && !shiftDay.isBefore(validFrom)
                    && (validTo == null || !shiftDay.isAfter(validTo));
        }
    }

    public record Sealing(Instant start, Instant end, String reason) {
    }

    /** A forbidden place; activeFrom/activeTo null: always; activeTo before activeFrom: across midnight. */
    public record Fence(long id, String name, String category, Geometry geom, LocalTime activeFrom,
                        LocalTime activeTo) {

        public boolean activeAt(Instant instant) {
            if (activeFrom == null) {
                return true;
            }
            LocalTime t = instant.atZone(WorkCalendar.CHINA).toLocalTime();
            return activeTo.isAfter(activeFrom) ? !t.isBefore(activeFrom) && t.isBefore(activeTo)
                    : !t.isBefore(activeFrom) || t.isBefore(activeTo);
        }
    }

    public static Point point(double lat, double lon) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    /** Great-circle distance in metres (haversine). */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Approximate distance in metres from a point to a geometry (0 inside). Degrees are scaled by the latitude's
     * metres per degree of longitude, which is the shorter axis, so the answer errs short: never an alarm too many.
     */
    public static double metresFrom(Geometry g, double lat, double lon) {
        return g.distance(point(lat, lon)) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
    }

    /** Fixes with time in [start, end]. */
    public List<Fix> fixesBetween(Instant start, Instant end) {
        return fixes.stream().filter(f -> !f.time().isBefore(start) && !f.time().isAfter(end)).toList();
    }

    /** The approved trip covering [start, end] with the tolerance, or null. */
    public Trip coveringTrip(Instant start, Instant end, Duration tolerance) {
        for (Trip t : trips) {
            if (t.covers(start, end, tolerance)) {
                return t;
            }
        }
        return null;
    }

    /** Whether all of [start, end] is on a standing-duty shift and every fix then inside the duty's area. */
    public boolean onDuty(Instant start, Instant end) {
        List<Fix> inside = fixesBetween(start, end);
        for (Duty d : duties) {
            if (d.onShift(start) && d.onShift(end)
                    && inside.stream().allMatch(f -> d.area().covers(point(f.lat(), f.lon())))) {
                return true;
            }
        }
        return false;
    }
}
