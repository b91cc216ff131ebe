package io.fleet.dispatch.supervision.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.supervision.calendar.CalendarStore;
import io.fleet.dispatch.supervision.calendar.WorkCalendar;
import io.fleet.dispatch.supervision.calendar.WorkingHours;
import io.fleet.dispatch.supervision.rule.Facts;
import io.fleet.dispatch.supervision.rule.RuleKey;
import io.fleet.dispatch.supervision.setting.Effective;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Loads one vehicle's {@link Facts} for a period with plain SQL: its track, trips, duties, places and calendar. */
final class FactsLoader {

    /** Trip request states in which a trip counts as approved for supervision. */
    static final String APPROVED_STATES = "('SCHEDULED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'EVALUATED')";

    private final ObjectMapper json;

    FactsLoader(ObjectMapper json) {
        this.json = json;
    }

    record VehicleRow(long id, long orgId, String orgPath, Facts.Vehicle vehicle) {
    }

    static VehicleRow vehicle(Connection c, long vehicleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT org_id, org_path, kind, status, ST_AsBinary(home_lot) FROM vehicle WHERE id = ?")) {
            s.setLong(1, vehicleId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new VehicleRow(vehicleId, rs.getLong(1), rs.getString(2),
                        new Facts.Vehicle(vehicleId, rs.getString(3), rs.getString(4), geometry(rs.getBytes(5))));
            }
        }
    }

    Facts load(Connection c, VehicleRow v, Instant from, Instant to, Map<RuleKey, Effective> settings)
            throws SQLException {
        var hoursParams = settings.get(RuleKey.WORKING_HOURS).params();
        WorkingHours hours = new WorkingHours(hoursParams.time("start"), hoursParams.time("end"));
        WorkCalendar calendar = CalendarStore.between(c, from.atZone(WorkCalendar.CHINA).toLocalDate().minusDays(1),
                to.atZone(WorkCalendar.CHINA).toLocalDate().plusDays(1));
        return new Facts(v.vehicle(), from, to, segments(c, v.id(), from, to), fixes(c, v.id(), from, to),
                rejectedJumps(c, v.id(), from, to), trips(c, v.id(), from, to), duties(c, v.id()),
                sealing(c, v, from, to), region(c, v.orgPath()), forbidden(c, v.orgPath()), calendar, hours);
    }

    private static List<Facts.Seg> segments(Connection c, long vehicleId, Instant from, Instant to) throws SQLException {
        List<Facts.Seg> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, kind = 'MOVE', start_time, end_time, ST_Y(start_geom), ST_X(start_geom), ST_Y(end_geom),
                       ST_X(end_geom), distance_m, odometer_m, max_speed_kmh
                FROM movement WHERE vehicle_id = ? AND end_time >= ? AND start_time < ? ORDER BY start_time""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double odometer = rs.getDouble(10);
                    Double odometerM = rs.wasNull() ? null : odometer;
                    result.add(new Facts.Seg(rs.getLong(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant(), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                            rs.getDouble(8), rs.getDouble(9), odometerM, rs.getFloat(11)));
                }
            }
        }
        return result;
    }

    private static List<Facts.Fix> fixes(Connection c, long vehicleId, Instant from, Instant to) throws SQLException {
        List<Facts.Fix> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, alarm_bits, (status_bits & 1) = 1
                FROM position WHERE vehicle_id = ? AND fix_time >= ? AND fix_time <= ? ORDER BY fix_time""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                Instant previous = null;
                while (rs.next()) {
                    Instant t = rs.getTimestamp(1).toInstant();
                    if (t.equals(previous)) {
                        continue;
                    }
                    previous = t;
                    result.add(new Facts.Fix(t, rs.getDouble(2), rs.getDouble(3), rs.getFloat(4),
                            rs.getInt(5) & 0xffff_ffffL, rs.getBoolean(6)));
                }
            }
        }
        return result;
    }

    /** Fix times of points ingest refused as JUMP (a refused point is received after its fix, hence the filter). */
    private static List<Instant> rejectedJumps(Connection c, long vehicleId, Instant from, Instant to)
            throws SQLException {
        List<Instant> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT r.fix_time FROM rejected_position r JOIN terminal t ON t.phone = r.phone
                WHERE t.vehicle_id = ? AND r.reason = 'JUMP' AND r.received_at >= ? AND r.fix_time BETWEEN ? AND ?""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(from));
            s.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        return result;
    }

    private List<Facts.Trip> trips(Connection c, long vehicleId, Instant from, Instant to) throws SQLException {
        List<Facts.Trip> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, state, category, window_start, window_end, destinations::text, end_odometer_km - start_odometer_km,
                       ST_Y(pickup_point), ST_X(pickup_point)
                FROM trip_request
                WHERE vehicle_id = ? AND state IN """ + APPROVED_STATES + """
                 AND window_end >= ?::timestamptz - interval '1 day' AND window_start <= ?::timestamptz + interval '1 day'
                ORDER BY window_start""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Point> destinations = new ArrayList<>();
                    try {
                        for (JsonNode d : json.readTree(rs.getString(6))) {
                            destinations.add(Facts.point(d.path("lat").asDouble(), d.path("lon").asDouble()));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("unreadable destinations of trip " + rs.getLong(1), e);
                    }
                    double reported = rs.getDouble(7);
                    Double reportedKm = rs.wasNull() ? null : reported;
                    result.add(new Facts.Trip(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), destinations, reportedKm,
                            Facts.point(rs.getDouble(8), rs.getDouble(9)), null));
                }
            }
        }
        return result;
    }

    private static List<Facts.Duty> duties(Connection c, long vehicleId) throws SQLException {
        List<Facts.Duty> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT ST_AsBinary(g.geom), d.weekdays, d.start_time, d.end_time, d.valid_from, d.valid_to
                FROM standing_duty d JOIN geofence g ON g.id = d.area_id WHERE d.vehicle_id = ? AND g.active""")) {
            s.setLong(1, vehicleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    for (char ch : rs.getString(2).toCharArray()) {
                        days.add(DayOfWeek.of(ch - '0'));
                    }
                    result.add(new Facts.Duty(geometry(rs.getBytes(1)), days, rs.getObject(3, LocalTime.class),
                            rs.getObject(4, LocalTime.class), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class)));
                }
            }
        }
        return result;
    }

    private static List<Facts.Sealing> sealing(Connection c, VehicleRow v, Instant from, Instant to)
            throws SQLException {
        List<Facts.Sealing> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT starts_at, ends_at, reason FROM sealing_period
                WHERE ? LIKE org_path || '%' AND (vehicle_id IS NULL OR vehicle_id = ?) AND ends_at >= ? AND starts_at <= ?""")) {
            s.setString(1, v.orgPath());
            s.setLong(2, v.id());
            s.setTimestamp(3, Timestamp.from(from));
            s.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Facts.Sealing(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                            rs.getString(3)));
                }
            }
        }
        return result;
    }

    /** The union of the REGION fences of the nearest organisation (itself or an ancestor) that has any; null if none. */
    private static Geometry region(Connection c, String orgPath) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT ST_AsBinary(ST_Union(geom)) FROM geofence
                WHERE kind = 'REGION' AND active AND org_path = (
                    SELECT org_path FROM geofence WHERE kind = 'REGION' AND active AND ? LIKE org_path || '%'
                    ORDER BY length(org_path) DESC LIMIT 1)""")) {
            s.setString(1, orgPath);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? geometry(rs.getBytes(1)) : null;
            }
        }
    }

    /** Every FORBIDDEN fence of the organisation and its ancestors. */
    private static List<Facts.Fence> forbidden(Connection c, String orgPath) throws SQLException {
        List<Facts.Fence> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, name, category, ST_AsBinary(geom), active_from, active_to FROM geofence
                WHERE kind = 'FORBIDDEN' AND active AND ? LIKE org_path || '%'""")) {
            s.setString(1, orgPath);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Facts.Fence(rs.getLong(1), rs.getString(2), rs.getString(3),
                            geometry(rs.getBytes(4)), rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class)));
                }
            }
        }
        return result;
    }

    static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry g = new WKBReader(Facts.GEOMETRY).read(wkb);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable geometry", e);
        }
    }
}
