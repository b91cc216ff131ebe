package io.fleet.dispatch.track.partition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.fleet.dispatch.track.TrackConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Rewrites each closed day partition in (vehicle_id, fix_time) order once late data has settled. Ingest writes a
 * day with all vehicles interleaved, so one vehicle's day is spread over thousands of pages; after CLUSTER it is a
 * few hundred contiguous ones, which is what makes a vehicle-day replay fast (docs/benchmarks.md, Tracks).
 *
 * <p>CLUSTER holds an ACCESS EXCLUSIVE lock on that one partition while it runs (a minute or two for a day of a
 * thousand cars); ingest of today routes rows only to the partitions they belong to and is not held up. The lock is
 * asked for with a short lock_timeout, so the job never queues behind a long reader and makes others queue behind it:
 * a day it could not lock is tried again on the next run. A day counts as done when its partition's key index is
 * marked clustered (pg_index.indisclustered, set by CLUSTER); points backfilled into it later are appended, which a
 * handful of late points per car does not undo. The day is vacuumed afterwards: CLUSTER leaves the visibility map
 * empty, and index-only scans (the near-place search) need its pages marked all-visible.
 */
@ApplicationScoped
public class PartitionClusterer {

    private static final Logger LOG = Logger.getLogger(PartitionClusterer.class);
    private static final long ADVISORY_KEY = 0x7472_6163_6b5f_636cL; // one instance at a time

    private final DataSource dataSource;
    private final TrackConfig config;

    PartitionClusterer(DataSource dataSource, TrackConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(cron = "${fleet.tracks.cluster-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            cluster(LocalDate.now(DayPartitions.ZONE));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("clustering of closed track partitions failed, tried again next run: %s", e.toString());
        }
    }

    /**
     * Clusters up to the configured number of not yet clustered day partitions that closed at least the settle time
     * before {@code today}, newest first (recent days are replayed most). Returns the days done.
     */
    public List<LocalDate> cluster(LocalDate today) throws SQLException {
        LocalDate lastDay = today.minus(config.clusterSettle()).minusDays(1);
        List<LocalDate> done = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!tryLock(c)) {
                return done;
            }
            try {
                for (Partition p : unclustered(c, lastDay, config.clusterMaxDays())) {
                    if (clusterOne(c, p)) {
                        done.add(p.day());
                    }
                }
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("RESET lock_timeout");
                    s.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")");
                }
            }
        }
        return done;
    }

    private boolean clusterOne(Connection c, Partition p) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = " + Math.max(1, config.clusterLockTimeout().toMillis()));
            s.execute("CLUSTER " + p.table() + " USING " + p.index());
            s.execute("RESET lock_timeout");
            // the planner's correlation statistics decide between index and bitmap scans: refresh them; and mark the
            // rewritten pages all-visible, without which the near-place search's cell index (V14) cannot answer
            // from the index alone and reads the table after all
            s.execute("VACUUM (ANALYZE) " + p.table());
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) { // lock_not_available: a reader or backfill holds the day
                LOG.infof("track partition %s busy, clustered on a later run", p.table());
                return false;
            }
            throw e;
        }
        LOG.infof("clustered track partition %s in %d ms", p.table(), (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Day partitions up to {@code lastDay} whose (vehicle_id, fix_time, content_hash) index is not clustered. */
    static List<Partition> unclustered(Connection c, LocalDate lastDay, int limit) throws SQLException {
        List<Partition> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT part.relname, idx.relname
                FROM pg_inherits pi
                JOIN pg_class part ON part.oid = pi.inhrelid
                JOIN pg_index x ON x.indrelid = part.oid
                JOIN pg_inherits ii ON ii.inhrelid = x.indexrelid
                                   AND ii.inhparent = 'position_vehicle_time_key'::regclass
                JOIN pg_class idx ON idx.oid = x.indexrelid
                WHERE pi.inhparent = 'position'::regclass AND part.relname ~ '^position_[0-9]{8}$'
                  AND NOT x.indisclustered
                  AND to_date(substr(part.relname, 10), 'YYYYMMDD') <= ?
                ORDER BY part.relname DESC LIMIT ?""")) {
            s.setObject(1, lastDay);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    result.add(new Partition(LocalDate.parse(table.substring(9), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                            table, rs.getString(2)));
                }
            }
        }
        return result;
    }

    /** Table and index names come from the catalog and match position_YYYYMMDD…: safe to put into the SQL text. */
    record Partition(LocalDate day, String table, String index) {
        Partition {
            if (!table.matches("position_[0-9]{8}") || !index.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("unexpected partition " + table + " / " + index);
            }
        }
    }
}
