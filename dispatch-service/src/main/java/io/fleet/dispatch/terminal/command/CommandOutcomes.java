package io.fleet.dispatch.terminal.command;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.supervision.Tx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settles a command once: the gateway's answer, or that it could not be queued. A second report of the same command
 * (the gateway may deliver twice, docs/gateway.md) finds it settled and changes nothing. Each settlement is audited
 * in the same transaction.
 */
@ApplicationScoped
class CommandOutcomes {

    private final DataSource dataSource;
    private final TerminalCommandStore store;
    private final AuditLog audit;

    CommandOutcomes(DataSource dataSource, TerminalCommandStore store, AuditLog audit) {
        this.dataSource = dataSource;
        this.store = store;
        this.audit = audit;
    }

    /** True when this call settled the command; false when it was unknown or settled already. */
    boolean settle(long id, CommandStatus status, Integer replyMsgId, byte[] replyBody, String detail) {
        return Tx.run(dataSource, c -> {
            TerminalCommandStore.Row row = store.load(c, id, true);
            if (row == null || (row.status() != CommandStatus.REQUESTED && row.status() != CommandStatus.SENT)) {
                return false;
            }
            store.settle(c, id, status, replyMsgId, replyBody, detail);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", status.name());
            after.put("replyMsgId", replyMsgId == null ? null : String.format("0x%04X", replyMsgId));
            after.put("detail", detail);
            audit.record(c, AuditEvent.of("COMMAND_" + status.name(), "terminal-command", id, row.orgPath())
                    .change(Map.of("status", row.status().name()), after)
                    .outcome(status == CommandStatus.OK ? "OK" : status.name()));
            return true;
        });
    }
}
