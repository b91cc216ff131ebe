package io.fleet.gateway.server.downlink;

import io.fleet.gateway.server.redis.RedisKeys;
import io.fleet.gateway.server.redis.RedisLink;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads this node's command stream {@code downlink:{nodeId}} with XREADGROUP (group "gateway", consumer = node id)
 * on a dedicated connection and thread, since the blocking read would stall the shared connection. Each command
 * is handed to the dispatcher, then XACKed and XDELed: the outcome goes to {@code downlink-replies}, and the
 * stream only ever holds commands not yet taken. Commands older than their own timeout (queued while this node was
 * down) are reported as timeout instead of being sent late. After a restart, entries read but not acknowledged
 * before the crash are processed first.
 */
public final class DownlinkReader implements AutoCloseable {

    static final String GROUP = "gateway";
    private static final Logger LOG = LoggerFactory.getLogger(DownlinkReader.class);
    private static final int BATCH = 64;

    private final RedisLink redis;
    private final String stream;
    private final String nodeId;
    private final DownlinkDispatcher dispatcher;
    private final DownlinkReporter reporter;
    private final Duration block;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    public DownlinkReader(RedisLink redis, RedisKeys keys, String nodeId, DownlinkDispatcher dispatcher,
                          DownlinkReporter reporter, Duration redisTimeout) {
        this.redis = redis;
        this.stream = keys.downlink(nodeId);
        this.nodeId = nodeId;
        this.dispatcher = dispatcher;
        this.reporter = reporter;
        // The blocking read must end well within the command timeout, or Lettuce would call it failed.
        this.block = Duration.ofMillis(Math.max(100, Math.min(1000, redisTimeout.toMillis() / 2)));
        this.thread = new Thread(this::run, "downlink-reader");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        String lastError = null;
        while (running) {
            try (StatefulRedisConnection<String, byte[]> connection = redis.connectDedicated()) {
                RedisCommands<String, byte[]> commands = connection.sync();
                createGroup(commands);
                LOG.info("Reading downlink commands from {}", stream);
                lastError = null;
                readPending(commands);
                while (running) {
                    process(commands, commands.xreadgroup(Consumer.from(GROUP, nodeId),
                            XReadArgs.Builder.block(block).count(BATCH), XReadArgs.StreamOffset.lastConsumed(stream)));
                }
            } catch (RuntimeException e) {
                if (running && !e.toString().equals(lastError)) {
                    LOG.warn("Downlink reader: {}; retrying", e.toString());
                }
                lastError = e.toString();
                pause();
            }
        }
    }

    private void createGroup(RedisCommands<String, byte[]> commands) {
        try {
            commands.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), GROUP,
                    XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyExists) {
            // BUSYGROUP: created by an earlier run.
        }
    }

    /** Entries delivered to this consumer before a crash and never acknowledged. */
    private void readPending(RedisCommands<String, byte[]> commands) {
        List<StreamMessage<String, byte[]>> batch;
        do {
            batch = commands.xreadgroup(Consumer.from(GROUP, nodeId), XReadArgs.Builder.count(BATCH),
                    XReadArgs.StreamOffset.from(stream, "0"));
            process(commands, batch);
        } while (running && batch != null && !batch.isEmpty());
    }

    private void process(RedisCommands<String, byte[]> commands, List<StreamMessage<String, byte[]>> batch) {
        if (batch == null) {
            return;
        }
        for (StreamMessage<String, byte[]> entry : batch) {
            handle(entry);
            commands.xack(stream, GROUP, entry.getId());
            commands.xdel(stream, entry.getId());
        }
    }

    private void handle(StreamMessage<String, byte[]> entry) {
        DownlinkCommand command;
        try {
            command = DownlinkCommand.parse(entry.getId(), entry.getBody());
        } catch (IllegalArgumentException e) {
            LOG.warn("Dropping malformed downlink entry {}: {}", entry.getId(), e.getMessage());
            return;
        }
        if (System.currentTimeMillis() - command.queuedAtMillis() > command.timeoutMs()) {
            reporter.report(command, DownlinkResult.TIMEOUT);
            return;
        }
        dispatcher.deliver(command);
    }

    /** Waits before reconnecting, but not past {@link #close()}. */
    private void pause() {
        try {
            stopped.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        stopped.countDown();
        try {
            thread.join(block.toMillis() + 2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
