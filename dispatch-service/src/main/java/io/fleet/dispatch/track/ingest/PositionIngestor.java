package io.fleet.dispatch.track.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.fleet.dispatch.track.store.PositionStore;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import org.jboss.logging.Logger;

/**
 * One consumer of the {prefix}positions stream in the group {@value #GROUP}. Each round takes over entries other
 * consumers left pending for longer than the claim timeout (a crashed process, a failed batch), otherwise reads new
 * ones; stores the batch in one transaction; and only then acknowledges. A crash anywhere before XACK leaves the
 * entries pending, to be claimed again; storing them twice is harmless (the position key drops the duplicate).
 * Not thread-safe: each consumer thread has its own ingestor and Redis connection.
 */
public final class PositionIngestor {

    public static final String GROUP = "track-ingest";
    private static final Logger LOG = Logger.getLogger(PositionIngestor.class);

    private final RedisCommands<byte[], byte[]> redis;
    private final byte[] stream;
    private final Consumer<byte[]> consumer;
    private final int batchSize;
    private final Duration block;
    private final Duration claimIdle;
    private final BatchAssembler assembler;
    private final PositionStore store;
    private final LiveSink live;
    private final Clock clock;
    private final IngestCounters counters;
    private String claimCursor = "0-0";
    private long nextClaimAt;

    public PositionIngestor(RedisCommands<byte[], byte[]> redis, String streamKey, String consumerName, int batchSize,
                            Duration block, Duration claimIdle, BatchAssembler assembler, PositionStore store,
                            LiveSink live, Clock clock, IngestCounters counters) {
        this.redis = redis;
        this.stream = streamKey.getBytes(StandardCharsets.UTF_8);
        this.consumer = Consumer.from(GROUP.getBytes(StandardCharsets.UTF_8),
                consumerName.getBytes(StandardCharsets.UTF_8));
        this.batchSize = batchSize;
        this.block = block;
        this.claimIdle = claimIdle;
        this.assembler = assembler;
        this.store = store;
        this.live = live;
        this.clock = clock;
        this.counters = counters;
    }

    /** Creates the consumer group (and the stream) unless they exist; the group starts at the stream's beginning. */
    public void ensureGroup() {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0-0"), consumer.getGroup(),
                    XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another consumer or an earlier run created it
        }
    }

    /** One round: read (or re-claim), store, acknowledge. Returns the number of entries handled. */
    public int pollOnce() throws SQLException {
        List<StreamMessage<byte[], byte[]>> messages = read();
        if (messages.isEmpty()) {
            return 0;
        }
        process(messages);
        return messages.size();
    }

    /**
     * Entries abandoned by any consumer (this one included: a batch that failed to commit) for longer than the claim
     * timeout, else new entries, waiting up to the block time.
     */
    public List<StreamMessage<byte[], byte[]>> read() {
        List<StreamMessage<byte[], byte[]>> claimed = claimAbandoned();
        if (!claimed.isEmpty()) {
            return claimed;
        }
        List<StreamMessage<byte[], byte[]>> fresh = redis.xreadgroup(consumer,
                XReadArgs.Builder.count(batchSize).block(block), XReadArgs.StreamOffset.lastConsumed(stream));
        return fresh == null ? List.of() : fresh;
    }

    /** Stores what was read, then acknowledges it. */
    public void process(List<StreamMessage<byte[], byte[]>> messages) throws SQLException {
        Stored stored = store(messages);
        acknowledge(stored);
    }

    /**
     * Stores a batch in one transaction without acknowledging it. Separate from {@link #acknowledge} so the crash
     * test can stop a consumer between the commit and the XACK, the window in which a crash causes redelivery.
     */
    public Stored store(List<StreamMessage<byte[], byte[]>> messages) throws SQLException {
        return write(prepare(messages));
    }

    /** Decodes and checks what was read (no database, no acknowledgement): the CPU part of a round. */
    public Prepared prepare(List<StreamMessage<byte[], byte[]>> messages) {
        List<PositionEntry> entries = new ArrayList<>(messages.size());
        List<String> ack = new ArrayList<>(messages.size());
        for (StreamMessage<byte[], byte[]> m : messages) {
            ack.add(m.getId());
            if (m.getBody() != null && !m.getBody().isEmpty()) {
                entries.add(PositionEntry.of(m)); // an empty body: claimed after deletion, nothing to store
            }
        }
        return new Prepared(assembler.assemble(entries, clock.instant()), entries.size(), ack);
    }

    /** Stores a prepared batch in one transaction; nothing is acknowledged. */
    public Stored write(Prepared prepared) throws SQLException {
        IngestBatch batch = prepared.batch();
        int inserted = store.store(batch);
        counters.batch(prepared.entryCount(), batch.rows().size(), inserted, batch.rejections().size());
        return new Stored(batch, prepared.entryIds());
    }

    /** A decoded batch not stored yet, with the ids of the entries it came from. */
    public record Prepared(IngestBatch batch, int entryCount, List<String> entryIds) {
        public boolean isEmpty() {
            return entryIds.isEmpty();
        }
    }

    public byte[] stream() {
        return stream;
    }

    public byte[] group() {
        return consumer.getGroup();
    }

    public LiveSink live() {
        return live;
    }

    /** XACK after the commit, then the live view (which may lag or fail without losing anything). */
    public void acknowledge(Stored stored) {
        redis.xack(stream, consumer.getGroup(), stored.entryIds().toArray(String[]::new));
        try {
            live.publish(stored.batch().latest().values());
        } catch (RuntimeException e) {
            // the points are stored; the live view catches up with the vehicle's next point
            LOG.warnf("live state not updated: %s", e.toString());
        }
    }

    /** A committed batch and the stream entries it came from. */
    public record Stored(IngestBatch batch, List<String> entryIds) {
    }

    private List<StreamMessage<byte[], byte[]>> claimAbandoned() {
        long now = clock.millis();
        if (now < nextClaimAt) {
            return List.of();
        }
        ClaimedMessages<byte[], byte[]> claimed = redis.xautoclaim(stream,
                XAutoClaimArgs.Builder.xautoclaim(consumer, claimIdle, claimCursor).count(batchSize));
        claimCursor = claimed.getId();
        if ("0-0".equals(claimCursor)) {
            // the whole pending list was scanned: look again after a while, not on every round
            nextClaimAt = now + Math.max(100, claimIdle.toMillis() / 4);
        }
        if (!claimed.getMessages().isEmpty()) {
            counters.claimed(claimed.getMessages().size());
        }
        return claimed.getMessages();
    }

    /** Totals since start, for logs, health and benchmarks. */
    public static final class IngestCounters {
        public final AtomicLong entries = new AtomicLong();
        public final AtomicLong points = new AtomicLong();
        public final AtomicLong inserted = new AtomicLong();
        public final AtomicLong rejected = new AtomicLong();
        public final AtomicLong reclaimed = new AtomicLong();

        void batch(int entryCount, int pointCount, int insertedCount, int rejectedCount) {
            entries.addAndGet(entryCount);
            points.addAndGet(pointCount);
            inserted.addAndGet(insertedCount);
            rejected.addAndGet(rejectedCount);
        }

        void claimed(int count) {
            reclaimed.addAndGet(count);
        }
    }
}
