package io.fleet.dispatch.track.ingest;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.jboss.logging.Logger;

/**
 * A consumer whose round trips overlap: while batch N is written and committed on the calling thread, batch N+1 is
 * read from the stream (its own Redis connection, so a blocking read never delays an acknowledgement) and decoded on
 * a helper thread; after N's commit its XACK is sent without waiting for the reply, and the live state is updated on
 * another helper thread. The guarantee is the plain consumer's: an entry is acknowledged only after the transaction
 * holding its points committed; what was read but not stored when the process dies stays pending and is re-claimed.
 * At most one batch is read ahead, one XACK and one live update are in flight.
 */
public final class PipelinedIngestor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PipelinedIngestor.class);

    private final PositionIngestor ingestor;
    private final RedisAsyncCommands<byte[], byte[]> acks;
    private final ExecutorService reader;
    private final ExecutorService live;
    private CompletableFuture<PositionIngestor.Prepared> next;
    private RedisFuture<Long> lastAck;
    private Future<?> lastLive;

    /**
     * @param ingestor reads with its own connection (used only by the reading thread from now on)
     * @param acks     another connection of the same Redis, for XACK
     */
    public PipelinedIngestor(PositionIngestor ingestor, RedisAsyncCommands<byte[], byte[]> acks, String name) {
        this.ingestor = ingestor;
        this.acks = acks;
        this.reader = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-read"));
        this.live = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-live"));
    }

    /** One round: take the batch read ahead, read the next, store this one, acknowledge it. Returns its entries. */
    public int pollOnce() throws SQLException {
        PositionIngestor.Prepared current = take();
        next = readAhead();
        if (current.isEmpty()) {
            return 0;
        }
        PositionIngestor.Stored stored = ingestor.write(current);
        acknowledge(stored);
        return current.entryIds().size();
    }

    private PositionIngestor.Prepared take() {
        if (next == null) {
            next = readAhead();
        }
        try {
            return next.join();
        } catch (CompletionException e) {
            next = null; // read again next round; entries read by a failed round are pending and get re-claimed
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private CompletableFuture<PositionIngestor.Prepared> readAhead() {
        return CompletableFuture.supplyAsync(() -> {
            List<io.lettuce.core.StreamMessage<byte[], byte[]>> messages = ingestor.read();
            return ingestor.prepare(messages);
        }, reader);
    }

    private void acknowledge(PositionIngestor.Stored stored) {
        awaitAck();
        lastAck = acks.xack(ingestor.stream(), ingestor.group(), stored.entryIds().toArray(String[]::new));
        awaitLive();
        lastLive = live.submit(() -> {
            try {
                ingestor.live().publish(stored.batch().latest().values());
            } catch (RuntimeException e) {
                // the points are stored; the live view catches up with the vehicle's next point
                LOG.warnf("live state not updated: %s", e.toString());
            }
        });
    }

    /** An XACK that failed leaves its entries pending: they are re-claimed and dropped as duplicates. */
    private void awaitAck() {
        if (lastAck != null) {
            try {
                lastAck.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warnf("XACK failed, the entries will be re-claimed: %s", e.toString());
            }
            lastAck = null;
        }
    }

    private void awaitLive() {
        if (lastLive != null) {
            try {
                lastLive.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warnf("live state update did not finish: %s", e.toString());
            }
            lastLive = null;
        }
    }

    /** Waits for what is in flight; a batch read ahead and not stored stays pending for another consumer. */
    @Override
    public void close() {
        awaitAck();
        awaitLive();
        reader.shutdown();
        live.shutdown();
        try {
            reader.awaitTermination(10, TimeUnit.SECONDS);
            live.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
