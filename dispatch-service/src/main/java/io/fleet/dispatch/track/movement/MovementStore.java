package io.fleet.dispatch.track.movement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of movement recomputation: the anchor, the points from it, and replacing the segments after it. */
final class MovementStore {

    private MovementStore() {
    }

    /**
     * Where recomputation for a change at {@code since} starts: the start of the segment before the one holding
     * {@code since} (a change may merge into its neighbour), or {@code since} when no segment starts before it.
     */
    static Instant anchor(Connection c, long vehicleId, Instant since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT start_time FROM movement WHERE vehicle_id = ? AND start_time <= ?
                ORDER BY start_time DESC LIMIT 2""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(since));
            Instant anchor = since;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    anchor = rs.getTimestamp(1).toInstant();
                }
            }
            return anchor;
        }
    }

    static List<TrackPoint> pointsFrom(Connection c, long vehicleId, Instant from) throws SQLException {
        return points(c, vehicleId, from, ">=");
    }

    /** Points strictly after {@code after}: what came since the saved tail. */
    static List<TrackPoint> pointsAfter(Connection c, long vehicleId, Instant after) throws SQLException {
        return points(c, vehicleId, after, ">");
    }

    private static List<TrackPoint> points(Connection c, long vehicleId, Instant from, String op) throws SQLException {
        List<TrackPoint> points = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, (status_bits & 1) = 1, mileage_km
                FROM position WHERE vehicle_id = ? AND fix_time %s ? ORDER BY fix_time""".formatted(op))) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                Instant previous = null;
                while (rs.next()) {
                    Instant t = rs.getTimestamp(1).toInstant();
                    if (t.equals(previous)) {
                        continue; // two different reports for one second: the first is enough to segment
                    }
                    previous = t;
                    double mileage = rs.getDouble(6);
                    points.add(new TrackPoint(t, rs.getDouble(2), rs.getDouble(3), rs.getFloat(4), rs.getBoolean(5),
                            rs.wasNull() ? null : mileage));
                }
            }
        }
        return points;
    }

    /**
     * Replaces the segments from {@code anchor} on. Each new segment belongs to the trip order whose window holds it
     * ({@code movement_trip_order}), else keeps the trip order of the old segment of its kind it overlaps most, so a
     * recomputation never loses an attachment. Returns the id of the last (ongoing) row, or -1 if none was written.
     */
    static long replaceFrom(Connection c, long vehicleId, Instant anchor, List<Segment> segments) throws SQLException {
        List<Object[]> attached = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT kind, start_time, end_time, trip_order_id FROM movement
                WHERE vehicle_id = ? AND start_time >= ? AND trip_order_id IS NOT NULL""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(anchor));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attached.add(new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), rs.getLong(4)});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM movement WHERE vehicle_id = ? AND start_time >= ?")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(anchor));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE movement SET ongoing = false WHERE vehicle_id = ? AND ongoing")) {
            s.setLong(1, vehicleId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO movement (vehicle_id, kind, start_time, end_time, start_geom, end_geom, distance_m,
                    odometer_m, max_speed_kmh, points, ongoing, trip_order_id)
                VALUES (?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ST_SetSRID(ST_MakePoint(?, ?), 4326),
                    ?, ?, ?, ?, ?, COALESCE(movement_trip_order(?, ?, ?), ?))""")) {
            for (int i = 0; i < segments.size(); i++) {
                Segment seg = segments.get(i);
                s.setLong(1, vehicleId);
                s.setString(2, seg.kind().name());
                s.setTimestamp(3, Timestamp.from(seg.start().time()));
                s.setTimestamp(4, Timestamp.from(seg.end().time()));
                s.setDouble(5, seg.start().longitude());
                s.setDouble(6, seg.start().latitude());
                s.setDouble(7, seg.end().longitude());
                s.setDouble(8, seg.end().latitude());
                s.setDouble(9, seg.distanceM());
                if (seg.odometerM() == null) {
                    s.setNull(10, Types.DOUBLE);
                } else {
                    s.setDouble(10, seg.odometerM());
                }
                s.setFloat(11, (float) seg.maxSpeedKmh());
                s.setInt(12, seg.points());
                s.setBoolean(13, i == segments.size() - 1);
                s.setLong(14, vehicleId);
                s.setTimestamp(15, Timestamp.from(seg.start().time()));
                s.setTimestamp(16, Timestamp.from(seg.end().time()));
                Long kept = keptTripOrder(attached, seg);
                if (kept == null) {
                    s.setNull(17, Types.BIGINT);
                } else {
                    s.setLong(17, kept);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
        if (segments.isEmpty()) {
            return -1;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM movement WHERE vehicle_id = ? AND ongoing ORDER BY start_time DESC LIMIT 1")) {
            s.setLong(1, vehicleId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** The trip order of the replaced segment of the same kind that overlaps {@code seg} longest, if any. */
    private static Long keptTripOrder(List<Object[]> attached, Segment seg) {
        Long best = null;
        long bestOverlap = -1;
        for (Object[] old : attached) {
            if (!seg.kind().name().equals(old[0])) {
                continue;
            }
            Instant from = max(seg.start().time(), (Instant) old[1]);
            Instant to = min(seg.end().time(), (Instant) old[2]);
            long overlap = to.toEpochMilli() - from.toEpochMilli();
            if (overlap >= 0 && overlap > bestOverlap) {
                bestOverlap = overlap;
                best = (Long) old[3];
            }
        }
        return best;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Writes the lengthened ongoing segment in place; its trip order is looked up again for the longer span. */
    static void extend(Connection c, long movementId, Segment seg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE movement SET end_time = ?, end_geom = ST_SetSRID(ST_MakePoint(?, ?), 4326), distance_m = ?,
                    odometer_m = ?, max_speed_kmh = ?, points = ?,
                    trip_order_id = COALESCE(movement_trip_order(vehicle_id, start_time, ?), trip_order_id)
                WHERE id = ?""")) {
            s.setTimestamp(1, Timestamp.from(seg.end().time()));
            s.setDouble(2, seg.end().longitude());
            s.setDouble(3, seg.end().latitude());
            s.setDouble(4, seg.distanceM());
            if (seg.odometerM() == null) {
                s.setNull(5, Types.DOUBLE);
            } else {
                s.setDouble(5, seg.odometerM());
            }
            s.setFloat(6, (float) seg.maxSpeedKmh());
            s.setInt(7, seg.points());
            s.setTimestamp(8, Timestamp.from(seg.end().time()));
            s.setLong(9, movementId);
            s.executeUpdate();
        }
    }

    /** The saved tail of a vehicle and the row of its ongoing segment. */
    record StoredTail(long movementId, MovementSegmenter.Tail tail) {
    }

    static java.util.Optional<StoredTail> loadTail(Connection c, long vehicleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.movement_id, m.kind, m.start_time, ST_Y(m.start_geom), ST_X(m.start_geom), t.start_mileage,
                       t.end_time, t.end_lat, t.end_lon, t.end_speed, t.end_acc, t.end_mileage,
                       m.distance_m, m.odometer_m, m.max_speed_kmh, m.points,
                       t.origin_time, t.origin_lat, t.origin_lon, t.left_origin
                FROM movement_tail t JOIN movement m ON m.id = t.movement_id
                WHERE t.vehicle_id = ? AND m.ongoing""")) {
            s.setLong(1, vehicleId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                TrackPoint start = new TrackPoint(rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getDouble(5), 0,
                        false, nullableDouble(rs, 6));
                TrackPoint end = new TrackPoint(rs.getTimestamp(7).toInstant(), rs.getDouble(8), rs.getDouble(9),
                        rs.getFloat(10), rs.getBoolean(11), nullableDouble(rs, 12));
                Segment seg = new Segment(Segment.Kind.valueOf(rs.getString(2)), start, end, rs.getDouble(13),
                        nullableDouble(rs, 14), rs.getFloat(15), rs.getInt(16));
                TrackPoint origin = new TrackPoint(rs.getTimestamp(17).toInstant(), rs.getDouble(18), rs.getDouble(19),
                        0, false, null);
                return java.util.Optional.of(new StoredTail(rs.getLong(1),
                        new MovementSegmenter.Tail(seg, origin, rs.getBoolean(20))));
            }
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** Saves the tail after a recomputation or an extension; an empty tail removes the row. */
    static void saveTail(Connection c, long vehicleId, long movementId, java.util.Optional<MovementSegmenter.Tail> tail)
            throws SQLException {
        if (tail.isEmpty() || movementId < 0) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM movement_tail WHERE vehicle_id = ?")) {
                s.setLong(1, vehicleId);
                s.executeUpdate();
            }
            return;
        }
        MovementSegmenter.Tail t = tail.get();
        TrackPoint end = t.segment().end();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO movement_tail (vehicle_id, movement_id, start_mileage, end_time, end_lat, end_lon, end_speed,
                    end_acc, end_mileage, origin_time, origin_lat, origin_lon, left_origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (vehicle_id) DO UPDATE SET movement_id = excluded.movement_id,
                    start_mileage = excluded.start_mileage, end_time = excluded.end_time, end_lat = excluded.end_lat,
                    end_lon = excluded.end_lon, end_speed = excluded.end_speed, end_acc = excluded.end_acc,
                    end_mileage = excluded.end_mileage, origin_time = excluded.origin_time,
                    origin_lat = excluded.origin_lat, origin_lon = excluded.origin_lon,
                    left_origin = excluded.left_origin""")) {
            s.setLong(1, vehicleId);
            s.setLong(2, movementId);
            setNullable(s, 3, t.segment().start().mileageKm());
            s.setTimestamp(4, Timestamp.from(end.time()));
            s.setDouble(5, end.latitude());
            s.setDouble(6, end.longitude());
            s.setFloat(7, (float) end.speedKmh());
            s.setBoolean(8, end.acc());
            setNullable(s, 9, end.mileageKm());
            s.setTimestamp(10, Timestamp.from(t.origin().time()));
            s.setDouble(11, t.origin().latitude());
            s.setDouble(12, t.origin().longitude());
            s.setBoolean(13, t.leftOrigin());
            s.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    /**
     * Takes movements away from trip orders that no longer hold them: the trip was cancelled (or otherwise left the
     * scheduled … evaluated states), went to another car, or its window no longer touches the segment. Each such
     * segment gets the trip order whose window now holds it, if any ({@code movement_trip_order}), else none. A
     * segment that overlaps its trip's window only in part keeps it (a recomputation gives a drive across the
     * window's end the trip order it had). Trips of the last 7 days, as for attaching. Returns, per vehicle, the start
     * of the earliest segment changed.
     */
    static java.util.Map<Long, Instant> reattributeTripOrders(Connection c) throws SQLException {
        java.util.Map<Long, Instant> changed = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE movement m SET trip_order_id = movement_trip_order(m.vehicle_id, m.start_time, m.end_time)
                FROM trip_request t
                WHERE m.trip_order_id = t.id AND t.window_end > now() - interval '7 days'
                  AND (t.state NOT IN ('SCHEDULED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'EVALUATED')
                       OR t.vehicle_id IS DISTINCT FROM m.vehicle_id
                       OR m.end_time < t.window_start OR m.start_time > t.window_end)
                RETURNING m.vehicle_id, m.start_time""")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changed.merge(rs.getLong(1), rs.getTimestamp(2).toInstant(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return changed;
    }

    /**
     * Attaches movements to trip requests scheduled (or later) after the movements were computed: every segment
     * without a trip order that lies within the window of such a request of its vehicle, over the last week. Returns,
     * per vehicle, the start of the earliest segment attached.
     */
    static java.util.Map<Long, Instant> attachTripOrders(Connection c) throws SQLException {
        java.util.Map<Long, Instant> attached = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE movement m SET trip_order_id = t.id FROM trip_request t
                WHERE t.state IN ('SCHEDULED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'EVALUATED')
                  AND t.vehicle_id IS NOT NULL AND t.window_end > now() - interval '7 days'
                  AND m.vehicle_id = t.vehicle_id AND m.trip_order_id IS NULL
                  AND m.start_time >= t.window_start AND m.end_time <= t.window_end
                RETURNING m.vehicle_id, m.start_time""")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attached.merge(rs.getLong(1), rs.getTimestamp(2).toInstant(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return attached;
    }
}
