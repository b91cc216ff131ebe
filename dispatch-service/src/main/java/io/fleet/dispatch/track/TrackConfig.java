package io.fleet.dispatch.track;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the track store; application.properties ("# Tracks") maps each to a FLEET_TRACKS_* variable. */
@ConfigMapping(prefix = "fleet.tracks")
public interface TrackConfig {

    /** Start consuming the gateway's position stream at start-up (tests drive the ingestor themselves). */
    @WithDefault("true")
    boolean ingestEnabled();

    /** Stream entries read per batch; one batch is one database transaction. */
    @WithDefault("2000")
    int batchSize();

    /** How long one XREADGROUP waits for new entries before looking for abandoned ones again. */
    @WithDefault("PT1S")
    Duration block();

    /** Entries another consumer read but did not acknowledge for this long are taken over (XAUTOCLAIM). */
    @WithDefault("PT30S")
    Duration claimIdle();

    /** Consumer threads in this process, each with its own Redis and database connection. */
    @WithDefault("1")
    int consumers();

    /** Consumer name in the group; default host-pid, so a restarted process is a new consumer. */
    Optional<String> consumerName();

    /**
     * copy (COPY into a staging table, then INSERT … SELECT … ON CONFLICT DO NOTHING), optimistic-copy (COPY straight
     * into the table, the staging path only when a duplicate refuses it) or unnest (one INSERT with arrays).
     */
    @WithDefault("copy")
    String writer();

    /**
     * Each consumer reads and decodes the next batch while the previous one is written and committed, and does not
     * wait for XACK and live-state replies (PipelinedIngestor); false: one step after another. Off by default: its
     * gain could not be measured on the shared machine (docs/benchmarks.md, Tracks).
     */
    @WithDefault("false")
    boolean pipelined();

    /** Day partitions older than this are dropped. */
    @WithDefault("P3Y")
    Period retention();

    /** Day partitions created ahead of today. */
    @WithDefault("7")
    int partitionsAhead();

    /**
     * When closed day partitions are rewritten in (vehicle, fix time) order (Quarkus cron, China time); "off" disables
     * it. See PartitionClusterer.
     */
    @WithDefault("0 30 2 * * ?")
    String clusterCron();

    /** A day is clustered only once it has been closed this long (late blind-area uploads mostly arrive by then). */
    @WithDefault("P1D")
    Period clusterSettle();

    /** At most this many days per run (a backlog after an upgrade is worked off over several nights). */
    @WithDefault("3")
    int clusterMaxDays();

    /** CLUSTER asks for its lock with this timeout; a busy day is left for the next run. */
    @WithDefault("PT10S")
    Duration clusterLockTimeout();

    /** Points whose fix time is further ahead of the server clock than this are rejected. */
    @WithDefault("PT10M")
    Duration maxFuture();

    /** A point implying a speed above this from the vehicle's previous point is a jump, not a drive. */
    @WithDefault("300")
    double maxSpeedKmh();

    /**
     * How often changed tracks are cut into movements again. Each round re-reads a changed vehicle's points from the
     * start of its previous segment, so a shorter interval costs more reads for the same result.
     */
    @WithDefault("30s")
    String movementInterval();
}
