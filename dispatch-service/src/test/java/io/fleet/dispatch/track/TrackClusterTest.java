package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.partition.PartitionClusterer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The nightly rewrite of closed day partitions in (vehicle, fix time) order: it runs, keeps every row, orders them,
 * leaves open days alone, and today's ingest goes on while a closed day is locked for the rewrite.
 */
@QuarkusTest
class TrackClusterTest {

    private static final int VEHICLES = 50;
    private static final int STEPS = 6_000; // 300,000 rows: CLUSTER takes seconds, long enough to ingest meanwhile

    @Inject
    PartitionClusterer clusterer;
    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    DataSource dataSource;

    @Test
    void closedDaysAreRewrittenInVehicleOrderWithEveryRowWhileTodaysIngestGoesOn() throws Exception {
        LocalDate today = LocalDate.now(DayPartitions.ZONE);
        LocalDate oldDay = today.minusDays(400);
        String table = "position_" + oldDay.toString().replace("-", "");
        long firstVehicle = 9_000_000_000L + System.nanoTime() % 1_000_000 * 100;
        fillInterleaved(oldDay, firstVehicle);
        String before = fingerprint(table);
        assertThat(isOrdered(table)).isFalse();

        StatefulRedisConnection<byte[], byte[]> connection = redis.binary();
        try {
            PositionStreamWriter stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
            PositionIngestor ingestor = ingestion.newIngestor("cluster-test", connection);
            TrackFixtures.Car car = TrackFixtures.car();
            // a first point, so the second is timed warm (vehicle directory, today's partition, connections)
            Instant now = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            stream.add(car.phone(), Reports.at(now, 30.2741, 120.1551, 30));
            assertThat(ingestAll(ingestor)).isEqualTo(1);

            CompletableFuture<List<LocalDate>> job = CompletableFuture.supplyAsync(() -> {
                List<LocalDate> all = new ArrayList<>();
                try {
                    List<LocalDate> done;
                    do { // other tests' closed days may come first: work through all of them
                        done = clusterer.cluster(today);
                        all.addAll(done);
                    } while (!done.isEmpty());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return all;
            });
            assertThat(waitForExclusiveLock(table, job)).as("the job locked the closed day").isTrue();

            // today's ingest while the closed day is locked for its rewrite
            stream.add(car.phone(), Reports.at(now.plusSeconds(10), 30.2742, 120.1552, 30));
            assertThat(ingestAll(ingestor)).isEqualTo(1);
            // (today's partition by name: a query over all of position would wait for the locked day)
            assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM position_"
                    + DayPartitions.dayOf(now).toString().replace("-", "") + " WHERE vehicle_id = ?", car.vehicleId()))
                    .isEqualTo(2);
            assertThat(exclusiveLockHeld(table)).as("ingest committed while the rewrite still held its lock").isTrue();

            List<LocalDate> done = job.get(120, TimeUnit.SECONDS);
            assertThat(done).contains(oldDay).doesNotContain(today, today.minusDays(1));
        } finally {
            connection.close();
        }

        assertThat(fingerprint(table)).isEqualTo(before);
        assertThat(isOrdered(table)).isTrue();
        assertThat(TrackFixtures.count(dataSource,
                "SELECT relpages - relallvisible FROM pg_class WHERE relname = ?", table))
                .as("the rewritten day is vacuumed: all its pages visible, for the cell index's index-only scans")
                .isZero();
        assertThat(clusterer.cluster(today)).as("a clustered day is not done again").isEmpty();
    }

    private static int ingestAll(PositionIngestor ingestor) throws SQLException {
        int ingested = 0;
        long deadline = System.currentTimeMillis() + 10_000;
        while (ingested == 0 && System.currentTimeMillis() < deadline) {
            ingested += ingestor.pollOnce();
        }
        return ingested;
    }

    private void fillInterleaved(LocalDate day, long firstVehicle) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT track_ensure_partition(?)")) {
                s.setObject(1, day);
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO position (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh,
                                          course, altitude_m, alarm_bits, status_bits, backfill)
                    SELECT ? + v, t, hashtextextended(v || ':' || s, 7), '1390000' || v, t,
                           ST_SetSRID(ST_MakePoint(120 + v * 0.01 + s * 1e-5, 30 + s * 1e-5), 4326), 30, 90, 10, 0, 3,
                           s % 97 = 0
                    FROM generate_series(0, ? - 1) s CROSS JOIN generate_series(1, ?) v
                    CROSS JOIN LATERAL (SELECT (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
                                               + s * interval '10 seconds' AS t) g
                    ORDER BY s, v""")) {
                s.setLong(1, firstVehicle);
                s.setInt(2, STEPS);
                s.setInt(3, VEHICLES);
                s.setObject(4, day);
                s.executeUpdate();
            }
        }
    }

    /** Count and a digest of every row's content, independent of the physical order. */
    private String fingerprint(String table) throws SQLException {
        return one("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY vehicle_id, fix_time, content_hash)) "
                + "FROM " + table + " t");
    }

    /** True when reading the heap in physical order gives (vehicle_id, fix_time) in ascending order. */
    private boolean isOrdered(String table) throws SQLException {
        return "t".equals(one("SELECT coalesce(bool_and(ok), true) FROM (SELECT (vehicle_id, fix_time) >= "
                + "lag((vehicle_id, fix_time)) OVER (ORDER BY ctid) AS ok FROM " + table + ") o"));
    }

    private boolean waitForExclusiveLock(String table, CompletableFuture<?> job) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !job.isDone()) {
            if (exclusiveLockHeld(table)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private boolean exclusiveLockHeld(String table) throws SQLException {
        return TrackFixtures.count(dataSource, """
                SELECT count(*) FROM pg_locks WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock'
                  AND granted AND relation = to_regclass(?)""", table) > 0;
    }

    private String one(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
