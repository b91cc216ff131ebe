package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Movements and stops overlapping a period, whole: a movement that started before the period or ends after it is
 * returned as it is, never cut, so a one-day and a multi-day report agree.
 */
@ApplicationScoped
public class MovementQueries {

    private static final String COLUMNS = """
            SELECT m.id, m.vehicle_id, v.plate, m.kind, m.start_time, m.end_time, ST_Y(m.start_geom), ST_X(m.start_geom),
                   ST_Y(m.end_geom), ST_X(m.end_geom), m.distance_m, m.odometer_m, m.max_speed_kmh, m.points, m.ongoing,
                   m.trip_order_id
            FROM movement m JOIN vehicle v ON v.id = m.vehicle_id
            """;

    private final DataSource dataSource;

    MovementQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<MovementView> ofVehicle(long vehicleId, Instant from, Instant to) {
        return query(COLUMNS + "WHERE m.vehicle_id = ? AND m.end_time >= ? AND m.start_time < ? ORDER BY m.start_time",
                vehicleId, from, to);
    }

    /** Every vehicle of the organisation subtree whose path starts with {@code orgPath}. */
    public List<MovementView> ofSubtree(String orgPath, Instant from, Instant to) {
        return query(COLUMNS + """
                WHERE v.org_path LIKE ? || '%' AND m.end_time >= ? AND m.start_time < ?
                ORDER BY m.vehicle_id, m.start_time""", orgPath, from, to);
    }

    private List<MovementView> query(String sql, Object key, Instant from, Instant to) {
        List<MovementView> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double odometer = rs.getDouble(12);
                    Double odometerM = rs.wasNull() ? null : odometer;
                    long trip = rs.getLong(16);
                    Long tripOrderId = rs.wasNull() ? null : trip;
                    result.add(new MovementView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getDouble(7),
                            rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), Math.round(rs.getDouble(11)),
                            odometerM == null ? null : Math.round(odometerM), rs.getFloat(13), rs.getInt(14),
                            rs.getBoolean(15), tripOrderId));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** A stop or movement as the API shows it (distances in whole metres). */
    public record MovementView(long id, long vehicleId, String plate, String kind, Instant start, Instant end,
                               double startLatitude, double startLongitude, double endLatitude, double endLongitude,
                               long distanceM, Long odometerM, float maxSpeedKmh, int points, boolean ongoing,
                               Long tripOrderId) {
    }
}
