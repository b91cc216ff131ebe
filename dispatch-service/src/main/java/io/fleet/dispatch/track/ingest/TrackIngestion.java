package io.fleet.dispatch.track.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.TrackConfig;
import io.fleet.dispatch.track.TrackRedis;
import io.fleet.dispatch.track.live.LivePublisher;
import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.store.PositionStore;
import io.fleet.dispatch.track.store.PositionWriter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs the position stream consumers on their own threads (never on the Vert.x event loop: they block on Redis and
 * JDBC), started at start-up when fleet.tracks.ingest-enabled, stopped at shutdown after their current batch.
 * Tests and benchmarks build ingestors with {@link #newIngestor} and drive them by hand.
 */
@ApplicationScoped
public class TrackIngestion {

    private static final Logger LOG = Logger.getLogger(TrackIngestion.class);
    private static final long TRIM_EVERY_MILLIS = 10_000;

    private final TrackConfig config;
    private final TrackRedis redis;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final VehicleDirectory vehicles;
    private final DayPartitions partitions;
    private final BatchAssembler assembler;
    private final PositionIngestor.IngestCounters counters = new PositionIngestor.IngestCounters();
    private final List<ConsumerThread> running = new ArrayList<>();
    private StatefulRedisConnection<String, String> liveConnection;
    private LiveSink live;

    TrackIngestion(TrackConfig config, TrackRedis redis, DataSource dataSource, ObjectMapper json,
                   DayPartitions partitions) {
        this.config = config;
        this.redis = redis;
        this.dataSource = dataSource;
        this.json = json;
        this.partitions = partitions;
        this.vehicles = new VehicleDirectory(dataSource, 30_000);
        this.assembler = new BatchAssembler(vehicles, new PointChecks(config.maxFuture(), config.retention()),
                new JumpFilter(config.maxSpeedKmh()));
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.ingestEnabled()) {
            LOG.info("position ingest disabled (fleet.tracks.ingest-enabled=false)");
            return;
        }
        startConsumers();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopConsumers();
        if (liveConnection != null) {
            liveConnection.close();
        }
    }

    /**
     * Starts the configured consumer threads (at start-up when ingest is enabled; the end-to-end test starts them
     * itself, since the test profile leaves ingest off so other tests can drive ingestors by hand).
     */
    public synchronized void startConsumers() {
        if (!running.isEmpty()) {
            return;
        }
        String base = config.consumerName().orElseGet(TrackIngestion::hostPid);
        for (int i = 0; i < config.consumers(); i++) {
            String name = config.consumers() == 1 ? base : base + "-" + i;
            ConsumerThread thread = new ConsumerThread(name);
            running.add(thread);
            thread.start();
        }
        LOG.infof("position ingest started: %d consumer(s) on %s, writer %s", config.consumers(),
                redis.positionsStream(), config.writer());
    }

    /** Stops the consumer threads after their current batch (acknowledged or left pending, never half-stored). */
    public synchronized void stopConsumers() {
        running.forEach(ConsumerThread::halt);
        for (ConsumerThread thread : running) {
            try {
                thread.join(config.block().toMillis() + 10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }

    /** A consumer with its own Redis connection (the caller closes it); the group is created if missing. */
    public PositionIngestor newIngestor(String consumerName, StatefulRedisConnection<byte[], byte[]> connection) {
        return newIngestor(consumerName, connection, config.claimIdle());
    }

    /** As {@link #newIngestor(String, StatefulRedisConnection)} with another claim timeout (crash tests). */
    public PositionIngestor newIngestor(String consumerName, StatefulRedisConnection<byte[], byte[]> connection,
                                        Duration claimIdle) {
        return newIngestor(consumerName, connection, claimIdle, config.batchSize());
    }

    /** With another claim timeout and batch size (crash tests, benchmarks). */
    public PositionIngestor newIngestor(String consumerName, StatefulRedisConnection<byte[], byte[]> connection,
                                        Duration claimIdle, int batchSize) {
        PositionIngestor ingestor = new PositionIngestor(connection.sync(), redis.positionsStream(), consumerName,
                batchSize, config.block(), claimIdle, assembler,
                new PositionStore(dataSource, PositionWriter.named(config.writer()), partitions), live(),
                Clock.systemUTC(), counters);
        ingestor.ensureGroup();
        return ingestor;
    }

    public PositionIngestor.IngestCounters counters() {
        return counters;
    }

    /** Forgets cached terminal → vehicle answers (tests register terminals and ingest at once). */
    public void forgetVehicles() {
        vehicles.clear();
    }

    private synchronized LiveSink live() {
        if (live == null) {
            liveConnection = redis.text();
            live = new LivePublisher(liveConnection, json, redis.liveHash(), redis.liveChannel());
        }
        return live;
    }

    private static String hostPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /** One consumer loop; a failed round leaves its entries pending and is retried after a pause. */
    private final class ConsumerThread extends Thread {
        private volatile boolean stopping;
        private final String consumerName;

        ConsumerThread(String consumerName) {
            super("track-ingest-" + consumerName);
            this.consumerName = consumerName;
            setDaemon(true);
        }

        void halt() {
            stopping = true;
        }

        @Override
        public void run() {
            try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary();
                    StatefulRedisConnection<byte[], byte[]> acks = config.pipelined() ? redis.binary() : null) {
                PositionIngestor ingestor = null;
                PipelinedIngestor pipeline = null;
                StreamTrimmer trimmer = new StreamTrimmer((acks != null ? acks : connection).sync(),
                        redis.positionsStream());
                long nextTrim = 0;
                while (!stopping) {
                    try {
                        if (ingestor == null) {
                            ingestor = newIngestor(consumerName, connection);
                            if (acks != null) {
                                pipeline = new PipelinedIngestor(ingestor, acks.async(), getName());
                            }
                        }
                        if (pipeline != null) {
                            pipeline.pollOnce();
                        } else {
                            ingestor.pollOnce();
                        }
                        if (System.currentTimeMillis() >= nextTrim) {
                            trimmer.trim(); // acknowledged entries would otherwise fill Redis' memory
                            nextTrim = System.currentTimeMillis() + TRIM_EVERY_MILLIS;
                        }
                    } catch (Exception e) {
                        LOG.warnf("position ingest round failed (entries stay pending and are retried): %s",
                                e.toString());
                        pause();
                    }
                }
                if (pipeline != null) {
                    pipeline.close();
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "position ingest consumer %s stopped", consumerName);
            }
        }

        private void pause() {
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }
}
