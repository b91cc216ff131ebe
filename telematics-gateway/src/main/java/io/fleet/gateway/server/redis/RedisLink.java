package io.fleet.gateway.server.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The gateway's shared Redis connection (String keys, binary values so stream bodies stay bytes).
 * <p>
 * Commands never queue up while Redis is away: Lettuce is told to reject commands when disconnected and to time
 * them out after {@code timeout}, and the request queue is bounded. Back-pressure is the gateway's job (it stops
 * reading sockets), not an invisible buffer's. The gateway must start without Redis, so the first connection is
 * retried in the background; after that Lettuce reconnects by itself.
 */
public final class RedisLink implements AutoCloseable {

    public static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
    private static final long RETRY_MILLIS = 1000;
    /** Bound on commands Lettuce holds per connection; beyond it commands fail at once. */
    private static final int REQUEST_QUEUE_SIZE = 50_000;

    private final RedisClient client;
    private final RedisURI uri;
    private final AtomicReference<StatefulRedisConnection<String, byte[]>> connection = new AtomicReference<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "redis-connect");
        thread.setDaemon(true);
        return thread;
    });
    /** Completes when the first connection attempt has succeeded or failed. */
    private final CompletableFuture<Void> firstAttempt = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile String lastError = "not connected yet";

    public RedisLink(String url, Duration timeout) {
        this.uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(REQUEST_QUEUE_SIZE)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        connectInBackground();
    }

    private void connectInBackground() {
        if (closed) {
            return;
        }
        client.connectAsync(CODEC, uri).whenComplete((conn, error) -> {
            if (error == null) {
                if (closed) {
                    conn.closeAsync();
                } else {
                    connection.set(conn);
                    LOG.info("Connected to Redis at {}:{}", uri.getHost(), uri.getPort());
                }
                firstAttempt.complete(null); // after the set: a waiter must find the connection
                return;
            }
            firstAttempt.complete(null);
            String reason = rootMessage(error);
            if (!reason.equals(lastError)) {
                LOG.warn("Redis at {}:{} unreachable ({}); retrying every {} ms", uri.getHost(), uri.getPort(),
                        reason, RETRY_MILLIS);
            }
            lastError = reason;
            if (!closed) {
                retries.schedule(this::connectInBackground, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * Waits up to {@code timeout} for the outcome of the first connection attempt, so a gateway starting next to a
     * healthy Redis does not turn away its first terminals. Returns whether Redis is connected.
     */
    public boolean awaitFirstAttempt(Duration timeout) {
        try {
            firstAttempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        StatefulRedisConnection<String, byte[]> conn = connection.get();
        return conn != null && conn.isOpen();
    }

    /** Runs one async command; fails at once (never waits) when there is no connection. */
    public <T> CompletionStage<T> call(Function<RedisAsyncCommands<String, byte[]>, RedisFuture<T>> command) {
        StatefulRedisConnection<String, byte[]> conn = connection.get();
        if (conn == null || !conn.isOpen()) {
            return CompletableFuture.failedFuture(new RedisUnavailableException(lastError));
        }
        try {
            return command.apply(conn.async());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The shared connection, or null before the first one is made. */
    StatefulRedisConnection<String, byte[]> connection() {
        return connection.get();
    }

    /** A connection of its own, for blocking reads that must not stall the shared one. Throws when unreachable. */
    public StatefulRedisConnection<String, byte[]> connectDedicated() {
        return client.connect(CODEC, uri);
    }

    public String lastError() {
        return lastError;
    }

    public static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public static String string(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** A failure of {@link #call} for logs: without the CompletionException wrapper futures add. */
    public static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof RedisUnavailableException ? cause.getMessage() : cause.toString();
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        StatefulRedisConnection<String, byte[]> conn = connection.getAndSet(null);
        if (conn != null) {
            conn.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** No connection to Redis at the moment: the caller answers "failure" and the terminal retries later. */
    public static final class RedisUnavailableException extends io.lettuce.core.RedisException {
        public RedisUnavailableException(String reason) {
            super("Redis unavailable: " + reason);
        }
    }
}
