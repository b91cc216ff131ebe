package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.StreamTrimmer;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Acknowledged entries leave the stream; entries still pending (read, not yet committed) stay. */
@QuarkusTest
class TrackStreamTrimTest {

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;

    @Test
    void trimsWhatIsAcknowledgedAndKeepsWhatIsPending() throws Exception {
        TrackFixtures.Car car = TrackFixtures.car();
        Instant t0 = Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (StatefulRedisConnection<byte[], byte[]> c = redis.binary()) {
            PositionStreamWriter stream = new PositionStreamWriter(c.sync(), redis.positionsStream());
            byte[] key = redis.positionsStream().getBytes();
            PositionIngestor ingestor = ingestion.newIngestor("trim-test", c, Duration.ofMinutes(10), 100);
            for (int i = 0; i < 20; i++) {
                stream.add(car.phone(), Reports.at(t0.plusSeconds(10L * i), 30.2 + i * 1e-4, 120.1, 20));
            }
            while (ingestor.pollOnce() > 0) {
                // everything stored and acknowledged
            }
            for (int i = 20; i < 25; i++) {
                stream.add(car.phone(), Reports.at(t0.plusSeconds(10L * i), 30.2 + i * 1e-4, 120.1, 20));
            }
            List<StreamMessage<byte[], byte[]>> unacknowledged = ingestor.read(); // read, never stored: pending

            new StreamTrimmer(c.sync(), redis.positionsStream()).trim();

            List<StreamMessage<byte[], byte[]>> left = c.sync().xrange(key, io.lettuce.core.Range.create("-", "+"));
            assertThat(left.stream().map(StreamMessage::getId).toList())
                    .containsExactlyElementsOf(unacknowledged.stream().map(StreamMessage::getId).toList());
            ingestor.process(unacknowledged); // leave nothing pending for the other tests of this run
        }
    }
}
