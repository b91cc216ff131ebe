package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery made exactly-once in effect. Two consumers die in-process (their Redis connections closed,
 * never acknowledging): one after reading a batch but before its commit, one after the commit but before XACK. A
 * third consumer re-claims both batches once they are idle longer than the claim timeout; every point sent is stored
 * exactly once and nothing stays pending.
 */
@QuarkusTest
class TrackCrashRecoveryTest {

    private static final Duration CLAIM_IDLE = Duration.ofMillis(300);

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    DataSource dataSource;

    @Test
    void entriesOfDeadConsumersAreReclaimedAndStoredExactlyOnce() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t0 = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        int points = 60;
        try (StatefulRedisConnection<byte[], byte[]> writer = redis.binary()) {
            PositionStreamWriter stream = new PositionStreamWriter(writer.sync(), redis.positionsStream());
            // make sure the group exists before anything is written, as in production
            ingestion.newIngestor("setup", writer, CLAIM_IDLE);
            for (int i = 0; i < points; i++) {
                stream.add(car.phone(), Reports.at(t0.plusSeconds(10L * i), 30.25 + i * 1e-4, 120.15, 36));
            }
        }

        // consumer 1 reads a batch and dies before its transaction commits
        StatefulRedisConnection<byte[], byte[]> first = redis.binary();
        List<StreamMessage<byte[], byte[]>> readByFirst = ingestion.newIngestor("dies-before-commit", first, CLAIM_IDLE, points / 2)
                .read();
        first.close();

        // consumer 2 reads the rest, commits, and dies before XACK
        StatefulRedisConnection<byte[], byte[]> second = redis.binary();
        PositionIngestor secondIngestor = ingestion.newIngestor("dies-before-ack", second, CLAIM_IDLE, points);
        List<StreamMessage<byte[], byte[]>> readBySecond = secondIngestor.read();
        secondIngestor.store(readBySecond);
        second.close();

        assertThat(readByFirst.size() + readBySecond.size()).as("the two batches hold every entry").isEqualTo(points);
        assertThat(rows(car)).as("only the second batch was committed").isEqualTo(readBySecond.size());
        assertThat(pending()).isEqualTo(points);

        Thread.sleep(CLAIM_IDLE.toMillis() + 200);
        try (StatefulRedisConnection<byte[], byte[]> third = redis.binary()) {
            PositionIngestor rescuer = ingestion.newIngestor("rescuer", third, CLAIM_IDLE);
            long before = ingestion.counters().reclaimed.get();
            while (rescuer.pollOnce() > 0) {
                // claims the abandoned batches, then finds nothing new
            }
            assertThat(ingestion.counters().reclaimed.get() - before).isEqualTo(points);
        }
        assertThat(rows(car)).as("each point stored exactly once").isEqualTo(points);
        assertThat(TrackFixtures.count(dataSource,
                "SELECT count(DISTINCT fix_time) FROM position WHERE vehicle_id = ?", car.vehicleId())).isEqualTo(points);
        assertThat(pending()).isZero();
    }

    private long rows(TrackFixtures.Car car) throws Exception {
        return TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ?", car.vehicleId());
    }

    private long pending() {
        try (StatefulRedisConnection<byte[], byte[]> c = redis.binary()) {
            return c.sync().xpending(redis.positionsStream().getBytes(), PositionIngestor.GROUP.getBytes()).getCount();
        }
    }
}
