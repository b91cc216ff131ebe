package io.fleet.dispatch.terminal.command;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.supervision.Tx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Hands a REQUESTED command to the gateway node that holds the terminal: reads {@code session:{phone}}, XADDs the
 * command to {@code downlink:{node}}, then marks it SENT. Runs after the request (or the approval) committed, so the
 * gateway never answers a command the database does not have; if the answer is quicker than the SENT update, the
 * answer wins. No session anywhere is OFFLINE at once; Redis unreachable is FAILED.
 */
@ApplicationScoped
class CommandSender {

    private static final Logger LOG = Logger.getLogger(CommandSender.class);
    static final String ID_PREFIX = "terminal-command:";

    private final DataSource dataSource;
    private final TerminalCommandStore store;
    private final CommandRedis redis;
    private final CommandOutcomes outcomes;
    private final CommandConfig config;
    private final AuditLog audit;

    CommandSender(DataSource dataSource, TerminalCommandStore store, CommandRedis redis, CommandOutcomes outcomes,
                  CommandConfig config, AuditLog audit) {
        this.dataSource = dataSource;
        this.store = store;
        this.redis = redis;
        this.outcomes = outcomes;
        this.config = config;
        this.audit = audit;
    }

    void send(long id) {
        TerminalCommandStore.Row row = Tx.run(dataSource, c -> store.load(c, id, false));
        if (row == null || row.status() != CommandStatus.REQUESTED) {
            return;
        }
        String phone = row.view().phone();
        String node;
        try {
            byte[] held = redis.shared().sync().get(redis.session(phone));
            if (held == null) {
                outcomes.settle(id, CommandStatus.OFFLINE, null, null, "the terminal is connected to no gateway node");
                return;
            }
            node = new String(held, StandardCharsets.UTF_8);
            Map<byte[], byte[]> fields = new LinkedHashMap<>();
            fields.put(CommandRedis.bytes("commandId"), CommandRedis.bytes(ID_PREFIX + id));
            fields.put(CommandRedis.bytes("phone"), CommandRedis.bytes(phone));
            fields.put(CommandRedis.bytes("msgId"), CommandRedis.bytes(row.view().msgId().substring(2).toLowerCase()));
            fields.put(CommandRedis.bytes("body"), row.body());
            fields.put(CommandRedis.bytes("timeoutMs"),
                    CommandRedis.bytes(Long.toString(config.answerTimeout().toMillis())));
            redis.shared().sync().xadd(redis.downlink(node), fields);
        } catch (RuntimeException e) {
            LOG.warnf(e, "cannot queue terminal command %d", id);
            outcomes.settle(id, CommandStatus.FAILED, null, null, "could not be queued for the gateway: " + e);
            return;
        }
        Tx.run(dataSource, c -> {
            if (store.sent(c, id, node)) {
                audit.record(c, AuditEvent.of("COMMAND_SENT", "terminal-command", id, row.orgPath())
                        .change(Map.of("status", CommandStatus.REQUESTED.name()),
                                Map.of("status", CommandStatus.SENT.name(), "node", node)));
            }
            return null;
        });
    }

    /** The command id in a {@code downlink-replies} entry, or null when the command is not one of ours. */
    static Long idOf(String commandId) {
        if (commandId == null || !commandId.startsWith(ID_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(commandId.substring(ID_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
