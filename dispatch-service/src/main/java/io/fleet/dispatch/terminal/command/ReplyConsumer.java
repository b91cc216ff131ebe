package io.fleet.dispatch.terminal.command;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Reads the gateway's {@code downlink-replies} in the consumer group {@code dispatch-commands} (every instance of
 * the service one consumer, each reply to one of them) and settles the command it names. An entry is acknowledged
 * only after its outcome committed; one whose commit failed stays pending and is read again (entries of commands
 * that are not ours, such as the fault rig's, are acknowledged and left alone).
 */
@ApplicationScoped
public class ReplyConsumer {

    private static final Logger LOG = Logger.getLogger(ReplyConsumer.class);

    private final CommandRedis redis;
    private final CommandOutcomes outcomes;
    private final CommandConfig config;
    private volatile boolean running;
    private Thread thread;

    ReplyConsumer(CommandRedis redis, CommandOutcomes outcomes, CommandConfig config) {
        this.redis = redis;
        this.outcomes = outcomes;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.repliesEnabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "terminal-command-replies");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(3_000);
        }
    }

    private void run() {
        String name = config.consumerName().filter(n -> !n.isBlank()).orElseGet(ReplyConsumer::defaultName);
        Consumer<byte[]> me = Consumer.from(CommandRedis.bytes(CommandRedis.GROUP), CommandRedis.bytes(name));
        while (running) {
            try (StatefulRedisConnection<byte[], byte[]> c = redis.connect()) {
                createGroup(c);
                boolean backlog = true; // first what this consumer was given and did not acknowledge
                while (running) {
                    List<StreamMessage<byte[], byte[]>> batch = c.sync().xreadgroup(me,
                            XReadArgs.Builder.count(100).block(Duration.ofSeconds(1)),
                            XReadArgs.StreamOffset.from(redis.replies(), backlog ? "0" : ">"));
                    if (backlog && batch.isEmpty()) {
                        backlog = false;
                    }
                    for (StreamMessage<byte[], byte[]> m : batch) {
                        if (handle(m)) {
                            c.sync().xack(redis.replies(), CommandRedis.bytes(CommandRedis.GROUP),
                                    m.getId());
                        } else {
                            backlog = true;
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("terminal command replies: %s; trying again in 2 s", e.toString());
                    sleep();
                }
            }
        }
    }

    /** True when the entry is done with (settled, settled before, or not ours); false to read it again later. */
    private boolean handle(StreamMessage<byte[], byte[]> m) {
        Map<byte[], byte[]> body = m.getBody();
        Long id = CommandSender.idOf(field(body, "commandId"));
        if (id == null) {
            return true;
        }
        CommandStatus status = CommandStatus.ofResult(field(body, "result"));
        if (status == null) {
            LOG.warnf("terminal command %d: unknown result %s", id, field(body, "result"));
            status = CommandStatus.FAILED;
        }
        Integer replyMsgId = null;
        String label = field(body, "replyMsgId");
        if (label != null) {
            try {
                replyMsgId = Integer.parseInt(label.startsWith("0x") ? label.substring(2) : label, 16);
            } catch (NumberFormatException e) {
                LOG.warnf("terminal command %d: reply message id %s is not hex", id, label);
            }
        }
        try {
            outcomes.settle(id, status, replyMsgId, raw(body, "replyBody"), null);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "terminal command %d: cannot record the outcome %s; will retry", id, status);
            return false;
        }
    }

    private static String field(Map<byte[], byte[]> body, String name) {
        byte[] value = raw(body, name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] raw(Map<byte[], byte[]> body, String name) {
        for (Map.Entry<byte[], byte[]> e : body.entrySet()) {
            if (new String(e.getKey(), StandardCharsets.UTF_8).equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void createGroup(StatefulRedisConnection<byte[], byte[]> c) {
        try {
            // from now on: replies written before this service first ran are no command of its own
            c.sync().xgroupCreate(XReadArgs.StreamOffset.latest(redis.replies()),
                    CommandRedis.bytes(CommandRedis.GROUP), XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException e) {
            // the group exists
        }
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "dispatch";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    private void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
