package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.IngestBatch;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.store.OptimisticCopyPositionWriter;
import io.fleet.dispatch.track.store.PositionRow;
import io.fleet.dispatch.track.store.PositionStore;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stream entries in, rows out: values, blind-area backfill, duplicates, and every kind of refused point. */
@QuarkusTest
class TrackIngestTest {

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    DataSource dataSource;

    private StatefulRedisConnection<byte[], byte[]> connection;
    private PositionStreamWriter stream;
    private PositionIngestor ingestor;

    @BeforeEach
    void connect() {
        connection = redis.binary();
        stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
        ingestor = ingestion.newIngestor("ingest-test", connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private void drain() throws Exception {
        while (ingestor.pollOnce() > 0) {
            // until the stream has nothing new
        }
    }

    @Test
    void storesReportsWithTheirValuesAndBackfillFlag() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        stream.add(car.phone(), Reports.at(t0, 30.2741, 120.1551, 42.5, true, 12345.6));
        // a blind-area upload two days old, sent late: it lands in its own day's partition, flagged as backfill
        Instant old = t0.minus(2, ChronoUnit.DAYS);
        stream.add(car.phone(), Reports.blindArea(List.of(Reports.at(old, 30.20, 120.10, 10),
                Reports.at(old.plusSeconds(10), 30.2001, 120.1001, 12))));
        drain();

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, status_bits & 1, mileage_km, satellites, backfill,
                       phone, tableoid::regclass::text
                FROM position WHERE vehicle_id = ? ORDER BY fix_time DESC""")) {
            s.setLong(1, car.vehicleId());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(t0);
                assertThat(rs.getDouble(2)).isEqualTo(30.2741, org.assertj.core.data.Offset.offset(1e-7));
                assertThat(rs.getDouble(3)).isEqualTo(120.1551, org.assertj.core.data.Offset.offset(1e-7));
                assertThat(rs.getFloat(4)).isEqualTo(42.5f);
                assertThat(rs.getInt(5)).isEqualTo(1);
                assertThat(rs.getDouble(6)).isEqualTo(12345.6, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(rs.getInt(7)).isEqualTo(9);
                assertThat(rs.getBoolean(8)).isFalse();
                assertThat(rs.getString(9)).isEqualTo(car.phone());
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(8)).isTrue();
                assertThat(rs.getString(10)).isEqualTo("position_" + io.fleet.dispatch.track.partition.DayPartitions
                        .dayOf(old.plusSeconds(10)).toString().replace("-", ""));
                assertThat(rs.next()).isTrue();
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(pendingCount()).isZero();
    }

    @Test
    void aPointDeliveredTwiceIsStoredOnce() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        LocationReport report = Reports.at(t, 30.3, 120.2, 30);
        stream.add(car.phone(), report);
        drain();
        stream.add(car.phone(), report); // the terminal resent it (no 0x8001 reached it)
        stream.add(car.phone(), Reports.blindArea(List.of(report))); // and again inside a blind-area batch
        drain();
        assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ?",
                car.vehicleId())).isEqualTo(1);
    }

    @Test
    void theOptimisticCopyWriterFallsBackToSkippingDuplicates() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t = Instant.now().minus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        PositionRow first = new PositionRow(car.vehicleId(), t, 1L, car.phone(), t, 30.1, 120.1, 10f, 0, 5, 0, 3,
                null, null, null, null, false);
        PositionRow second = new PositionRow(car.vehicleId(), t.plusSeconds(10), 2L, car.phone(), t, 30.1, 120.1, 10f,
                0, 5, 0, 3, null, null, null, null, false);
        PositionStore store = new PositionStore(dataSource, new OptimisticCopyPositionWriter(), new DayPartitions());
        assertThat(store.store(batchOf(List.of(first)))).isEqualTo(1);
        // the second batch repeats the first row: the straight COPY fails, the fallback keeps only the new row
        assertThat(store.store(batchOf(List.of(first, second)))).isEqualTo(1);
        assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ?",
                car.vehicleId())).isEqualTo(2);
    }

    private static IngestBatch batchOf(List<PositionRow> rows) {
        return new IngestBatch(rows, List.of(), Map.of(), List.of());
    }

    @Test
    void impossiblePointsAreKeptApartWithTheirReasonAndRawBytes() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<LocationReport> sent = new ArrayList<>();
        LocationReport good = Reports.at(t, 30.30, 120.20, 40);
        sent.add(good);
        sent.add(Reports.unpositioned(Reports.at(t.plusSeconds(10), 30.30, 120.20, 0)));          // NO_FIX
        sent.add(Reports.at(t.plusSeconds(20), 0, 0, 0));                                       // ZERO_ZERO
        sent.add(Reports.at(Instant.now().plus(Duration.ofDays(2)), 30.30, 120.20, 0));         // FUTURE
        sent.add(Reports.at(t.plusSeconds(30), 31.30, 121.20, 40));                             // JUMP: ~140 km in 30 s
        sent.add(Reports.at(t.plusSeconds(40), 30.3005, 120.2005, 40));                         // fine again
        for (LocationReport r : sent) {
            stream.add(car.phone(), r);
        }
        stream.add(car.phone(), "0200", new byte[] {1, 2, 3});                                  // UNDECODABLE
        stream.add(TrackFixtures.randomPhone(), good);                                          // UNKNOWN_TERMINAL
        drain();

        assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ?",
                car.vehicleId())).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT reason, octet_length(raw) FROM rejected_position WHERE phone = ? OR detail LIKE '%' || ? || '%'
                ORDER BY reason""")) {
            s.setString(1, car.phone());
            s.setString(2, "no vehicle");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reasons.add(rs.getString(1));
                    assertThat(rs.getInt(2)).as("raw bytes of %s", rs.getString(1)).isPositive();
                }
            }
        }
        assertThat(reasons).containsExactlyInAnyOrder("FUTURE", "JUMP", "NO_FIX", "UNDECODABLE", "ZERO_ZERO",
                "UNKNOWN_TERMINAL");
    }

    private long pendingCount() {
        return connection.sync().xpending(redis.positionsStream().getBytes(),
                PositionIngestor.GROUP.getBytes()).getCount();
    }
}
