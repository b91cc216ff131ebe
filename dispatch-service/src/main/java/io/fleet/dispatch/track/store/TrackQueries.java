package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Read side of the track store. Plain JDBC: these queries return thousands of rows and are measured in
 * docs/benchmarks.md; an ORM layer would add nothing but allocation.
 */
@ApplicationScoped
public class TrackQueries {

    private final DataSource dataSource;

    TrackQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A vehicle's points in [from, to), in fix-time order (uses position_vehicle_time_key, one partition per day). */
    public List<TrackPointView> track(long vehicleId, Instant from, Instant to) {
        try (Connection c = dataSource.getConnection()) {
            return track(c, vehicleId, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<TrackPointView> track(Connection c, long vehicleId, Instant from, Instant to) throws SQLException {
        return withQuerySettings(c, () -> trackQuery(c, vehicleId, from, to));
    }

    private static List<TrackPointView> trackQuery(Connection c, long vehicleId, Instant from, Instant to)
            throws SQLException {
        List<TrackPointView> points = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, course, altitude_m, status_bits, alarm_bits,
                       mileage_km, backfill
                FROM position WHERE vehicle_id = ? AND fix_time >= ? AND fix_time < ? ORDER BY fix_time""")) {
            s.setLong(1, vehicleId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            s.setFetchSize(5_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double mileage = rs.getDouble(9);
                    Double mileageKm = rs.wasNull() ? null : mileage;
                    points.add(new TrackPointView(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3),
                            rs.getFloat(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), mileageKm,
                            rs.getBoolean(10)));
                }
            }
        }
        return points;
    }

    /**
     * Vehicles that were within {@code radiusM} of a place between two instants, each with its closest point. The
     * grid cells around the place (TrackCells) let each day partition's covering cell index find the candidate points
     * without reading the table; the exact distance on the spheroid then decides.
     */
    public static List<NearVehicle> near(Connection c, double lat, double lon, double radiusM, Instant from,
                                         Instant to) throws SQLException {
        return near(c, lat, lon, radiusM, from, to, "/");
    }

    /** As above, only vehicles of the subtree {@code orgPath} ("/": all; a position of no vehicle only then). */
    public static List<NearVehicle> near(Connection c, double lat, double lon, double radiusM, Instant from,
                                         Instant to, String orgPath) throws SQLException {
        return withQuerySettings(c, () -> nearQuery(c, lat, lon, radiusM, from, to, orgPath));
    }

    private static List<NearVehicle> nearQuery(Connection c, double lat, double lon, double radiusM, Instant from,
                                               Instant to, String orgPath) throws SQLException {
        long[] cells = TrackCells.covering(lat, lon, radiusM);
        List<NearVehicle> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                WITH target AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS pt),
                hits AS (
                    SELECT p.vehicle_id, p.fix_time, p.geom, ST_Distance(p.geom::geography, t.pt::geography) AS d
                    FROM %s, target t
                    WHERE ST_DWithin(p.geom::geography, t.pt::geography, ?)),
                per_vehicle AS (
                    SELECT vehicle_id, count(*) AS n, min(fix_time) AS first_seen, max(fix_time) AS last_seen
                    FROM hits GROUP BY vehicle_id),
                closest AS (
                    SELECT DISTINCT ON (vehicle_id) vehicle_id, fix_time, d, ST_Y(geom) AS lat, ST_X(geom) AS lon
                    FROM hits ORDER BY vehicle_id, d, fix_time)
                SELECT c.vehicle_id, v.plate, c.fix_time, c.d, c.lat, c.lon, pv.first_seen, pv.last_seen, pv.n
                FROM closest c JOIN per_vehicle pv USING (vehicle_id) LEFT JOIN vehicle v ON v.id = c.vehicle_id
                WHERE ? = '/' OR v.org_path LIKE ? || '%%'
                ORDER BY c.d, c.fix_time""".formatted(IN_CELLS))) {
            s.setDouble(1, lon);
            s.setDouble(2, lat);
            int next = bindCells(c, s, 3, cells, from, to);
            s.setDouble(next, radiusM);
            s.setString(next + 1, orgPath);
            s.setString(next + 2, orgPath);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new NearVehicle(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            Math.round(rs.getDouble(4) * 10) / 10.0, rs.getDouble(5), rs.getDouble(6),
                            rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getInt(9)));
                }
            }
        }
        return result;
    }

    /**
     * The points (alias {@code p}: vehicle_id, fix_time, geom) in the given cells between two instants, read from
     * position_cell_idx alone (an index-only scan per day partition, one descent per cell, the time bounded inside
     * each cell). Parameters: the cells, then from (inclusive) and to (exclusive); bind them with {@link #bindCells}.
     * The cells are an array of constants rather than ranges joined in laterally: with ranges the planner cannot see
     * their values, guesses a fixed share of each day per range and, from three or four ranges on, preferred
     * scanning every day partition whole (seen at a 500 m radius).
     */
    public static final String IN_CELLS = """
            (SELECT q.vehicle_id, q.fix_time, q.geom FROM position q
             WHERE track_cell(q.geom) = ANY (?::bigint[]) AND q.fix_time >= ? AND q.fix_time < ?) p""";

    /** Binds {@link #IN_CELLS}' three parameters from {@code index}; returns the next parameter index. */
    public static int bindCells(Connection c, PreparedStatement s, int index, long[] cells, Instant from, Instant to)
            throws SQLException {
        s.setArray(index, c.createArrayOf("bigint", java.util.Arrays.stream(cells).boxed().toArray()));
        s.setTimestamp(index + 1, Timestamp.from(from));
        s.setTimestamp(index + 2, Timestamp.from(to));
        return index + 3;
    }

    public List<NearVehicle> near(double lat, double lon, double radiusM, Instant from, Instant to, String orgPath) {
        try (Connection c = dataSource.getConnection()) {
            return near(c, lat, lon, radiusM, from, to, orgPath);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The settings of a track query's transaction (SET LOCAL: not left on the pooled connection).
     * <ul>
     * <li>JIT off: over many partitions the planner's cost passes the JIT threshold, and compiling then takes ~275 ms
     * for a query that runs in ~45 ms (measured on the 103.7M-row table, docs/benchmarks.md).</li>
     * <li>A plan for each call's own values: once the driver prepares a statement on the server (its fifth use),
     * PostgreSQL may switch to a generic plan, which knows neither the period nor the cells. It then can prune no day
     * partition and guesses a scan of every one (seen: a month's near search went from an index-only scan of 30
     * cells' ranges to parallel scans of all 115 M rows, 16 s).</li>
     * <li>No parallel workers: starting them cost more than these index-only scans take (a month's 200 m search,
     * 102 ms with two workers against 41–51 ms without), and the two cores are shared with ingest.</li>
     * </ul>
     */
    public static final String QUERY_SETTINGS = "SET LOCAL jit = off; SET LOCAL plan_cache_mode = force_custom_plan;"
            + " SET LOCAL max_parallel_workers_per_gather = 0";

    /** Runs track queries in one transaction with {@link #QUERY_SETTINGS} (for other areas' readers of positions too). */
    public static <T> T withQuerySettings(Connection c, SqlWork<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(QUERY_SETTINGS);
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** A vehicle that came near: when it was closest and how close, and when it was first and last within range. */
    public record NearVehicle(long vehicleId, String plate, Instant closestAt, double closestDistanceM,
                              double closestLatitude, double closestLongitude, Instant firstWithin,
                              Instant lastWithin, int pointsWithin) {
    }
}
