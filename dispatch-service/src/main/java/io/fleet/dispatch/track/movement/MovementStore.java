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
        List<TrackPoint> points = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, (status_bits & 1) = 1, mileage_km
                FROM position WHERE vehicle_id = ? AND fix_time >= ? ORDER BY fix_time""")) {
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

    static void replaceFrom(Connection c, long vehicleId, Instant anchor, List<Segment> segments) throws SQLException {
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
                    odometer_m, max_speed_kmh, points, ongoing)
                VALUES (?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ST_SetSRID(ST_MakePoint(?, ?), 4326),
                    ?, ?, ?, ?, ?)""")) {
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
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
