package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.PipelinedIngestor;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The pipelined consumer (FLEET_TRACKS_PIPELINED) keeps the plain one's guarantee: an entry is acknowledged only after
 * its points committed. A batch it read ahead and never stored (the consumer died) stays pending, and another consumer
 * re-claims and stores it: nothing lost, nothing doubled.
 */
@QuarkusTest
class PipelinedIngestTest {

    private static final int BATCH = 10;

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    DataSource dataSource;

    @Test
    void aBatchReadAheadButNotStoredIsReclaimedByAnotherConsumer() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        StatefulRedisConnection<byte[], byte[]> writing = redis.binary();
        PositionIngestor earlier = ingestion.newIngestor("pipelined-drain", writing);
        while (earlier.pollOnce() > 0) {
            // other tests' entries first, so that the batches below hold this test's entries only
        }
        PositionStreamWriter stream = new PositionStreamWriter(writing.sync(), redis.positionsStream());
        for (int i = 0; i < 25; i++) {
            stream.add(car.phone(), Reports.at(t0.plusSeconds(10L * i), 30.2741 + i * 1e-4, 120.1551, 30));
        }
        stream.add(car.phone(), Reports.at(t0, 30.2741, 120.1551, 30)); // the first one again: a terminal's resend

        // the first consumer stores one batch, reads the next ahead, and dies before storing it
        StatefulRedisConnection<byte[], byte[]> firstReads = redis.binary();
        StatefulRedisConnection<byte[], byte[]> firstAcks = redis.binary();
        PositionIngestor first = ingestion.newIngestor("pipelined-first", firstReads, Duration.ofSeconds(1), BATCH);
        try (PipelinedIngestor pipeline = new PipelinedIngestor(first, firstAcks.async(), "pipelined-first")) {
            assertThat(pipeline.pollOnce()).isEqualTo(BATCH);
        } // close waits for the XACK in flight and for the read ahead
        assertThat(rows(car)).isEqualTo(BATCH);
        assertThat(pending(writing, "pipelined-first")).as("the batch read ahead, delivered and not acknowledged")
                .isEqualTo(BATCH);
        firstReads.close();
        firstAcks.close();

        // another consumer, pipelined too, takes over once the entries have been idle for the claim timeout
        Thread.sleep(1_200);
        StatefulRedisConnection<byte[], byte[]> secondReads = redis.binary();
        StatefulRedisConnection<byte[], byte[]> secondAcks = redis.binary();
        PositionIngestor second = ingestion.newIngestor("pipelined-second", secondReads, Duration.ofSeconds(1), BATCH);
        try (PipelinedIngestor pipeline = new PipelinedIngestor(second, secondAcks.async(), "pipelined-second")) {
            long deadline = System.currentTimeMillis() + 20_000;
            while ((rows(car) < 25 || pending(writing, "pipelined-first") > 0) && System.currentTimeMillis() < deadline) {
                pipeline.pollOnce();
            }
        }
        assertThat(rows(car)).as("every point once, the resent one not doubled").isEqualTo(25);
        assertThat(pending(writing, "pipelined-first")).isZero();
        assertThat(pending(writing, "pipelined-second")).isZero();
        secondReads.close();
        secondAcks.close();
        writing.close();
    }

    private long rows(TrackFixtures.Car car) throws Exception {
        return TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ?", car.vehicleId());
    }

    /** Entries delivered to one consumer of the group and not acknowledged. */
    private long pending(StatefulRedisConnection<byte[], byte[]> c, String consumer) {
        return c.sync().xpending(redis.positionsStream().getBytes(),
                Consumer.from(PositionIngestor.GROUP.getBytes(), consumer.getBytes()), Range.unbounded(),
                Limit.from(10_000)).size();
    }
}
