package io.fleet.dispatch.terminal.command;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.audit.Actor;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.supervision.Tx;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** A dangerous command nobody approved in time expires: it is never sent later, when the situation has changed. */
@ApplicationScoped
public class CommandExpiry {

    private final DataSource dataSource;
    private final TerminalCommandStore store;
    private final AuditLog audit;

    CommandExpiry(DataSource dataSource, TerminalCommandStore store, AuditLog audit) {
        this.dataSource = dataSource;
        this.store = store;
        this.audit = audit;
    }

    @Scheduled(every = "${fleet.commands.expiry-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expire();
    }

    /** Expires every overdue command; answers how many. */
    public int expire() {
        return Tx.run(dataSource, c -> {
            List<Long> ids = store.overdue(c);
            for (long id : ids) {
                TerminalCommandStore.Row row = store.load(c, id, false);
                store.settle(c, id, CommandStatus.EXPIRED, null, null, "nobody approved it in time");
                audit.record(c, AuditEvent.of("COMMAND_EXPIRED", "terminal-command", id, row.orgPath())
                        .change(Map.of("status", CommandStatus.PENDING_APPROVAL.name()),
                                Map.of("status", CommandStatus.EXPIRED.name()))
                        .outcome(CommandStatus.EXPIRED.name()), Actor.SYSTEM);
            }
            return ids.size();
        });
    }
}
