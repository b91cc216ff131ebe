package io.fleet.dispatch.track;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.ingest.BatchAssembler;
import io.fleet.dispatch.track.ingest.JumpFilter;
import io.fleet.dispatch.track.ingest.PointChecks;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.VehicleDirectory;
import io.fleet.dispatch.track.live.LivePublisher;
import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.store.PositionStore;
import io.fleet.dispatch.track.store.PositionWriter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ingest consumer alone in its own JVM, for {@link TrackProcessKillTest}: the production {@link PositionIngestor}
 * (decode, checks, one transaction per batch, XACK after commit, XAUTOCLAIM of abandoned entries, live state) on a
 * plain JDBC data source, under a fixed consumer name that is also its PostgreSQL application_name, so the test can
 * see from pg_stat_activity when a batch's transaction is open and kill the process with SIGKILL right then.
 *
 * <p>Arguments: jdbcUrl user password redisUrl redisPrefix consumerName batchSize claimIdleMillis mode, where mode is
 * {@code forever} (run until killed) or {@code drain} (exit once nothing is new and nothing is pending in the group).
 * Prints one line per committed batch and a final {@code done entries=… reclaimed=…} line.
 */
public final class IngestProcess {

    private IngestProcess() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        ds.setUser(args[1]);
        ds.setPassword(args[2]);
        String consumer = args[5];
        ds.setApplicationName(consumer);
        String prefix = args[4];
        int batch = Integer.parseInt(args[6]);
        Duration claimIdle = Duration.ofMillis(Long.parseLong(args[7]));
        boolean drain = "drain".equals(args[8]);

        RedisClient client = RedisClient.create(args[3]);
        try (StatefulRedisConnection<byte[], byte[]> redis = client.connect(ByteArrayCodec.INSTANCE);
                StatefulRedisConnection<String, String> text = client.connect()) {
            PositionIngestor.IngestCounters counters = new PositionIngestor.IngestCounters();
            BatchAssembler assembler = new BatchAssembler(new VehicleDirectory(ds, 60_000),
                    new PointChecks(Duration.ofMinutes(10), Period.ofYears(3)), new JumpFilter(300));
            PositionIngestor ingestor = new PositionIngestor(redis.sync(), prefix + "positions", consumer, batch,
                    Duration.ofMillis(200), claimIdle, assembler,
                    new PositionStore(ds, PositionWriter.named("copy"), new DayPartitions()),
                    new LivePublisher(text, new ObjectMapper(), prefix + "live", prefix + "live-updates"),
                    Clock.systemUTC(), counters);
            ingestor.ensureGroup();
            System.out.println("ready");
            int idleRounds = 0;
            while (true) {
                int handled = ingestor.pollOnce();
                if (handled > 0) {
                    idleRounds = 0;
                    System.out.printf("committed entries=%d total=%d%n", handled, counters.entries.get());
                } else if (drain && ++idleRounds >= 3 && redis.sync().xpending(
                        (prefix + "positions").getBytes(StandardCharsets.UTF_8),
                        PositionIngestor.GROUP.getBytes(StandardCharsets.UTF_8)).getCount() == 0) {
                    break;
                }
            }
            System.out.printf("done entries=%d inserted=%d reclaimed=%d%n", counters.entries.get(),
                    counters.inserted.get(), counters.reclaimed.get());
        } finally {
            client.shutdown();
        }
    }
}
