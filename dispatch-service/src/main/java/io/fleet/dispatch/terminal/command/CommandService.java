package io.fleet.dispatch.terminal.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.fleet.dispatch.audit.Actor;
import io.fleet.dispatch.audit.AuditEvent;
import io.fleet.dispatch.audit.AuditLog;
import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.security.Caller;
import io.fleet.dispatch.security.CurrentCaller;
import io.fleet.dispatch.security.Scope;
import io.fleet.dispatch.supervision.Tx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remote terminal commands: asked for by one person; a dangerous one waits for a second person of the car's subtree
 * (the matrix lets supervisors and administrators approve), never the one who asked; unapproved ones expire.
 * Terminals and commands of another subtree are answered 404. Every step is in the audit log.
 */
@ApplicationScoped
public class CommandService {

    public static final String TWO_PERSON_RULE = "urn:fleet:problem:two-person-rule";

    private final DataSource dataSource;
    private final TerminalCommandStore store;
    private final CommandSender sender;
    private final CommandConfig config;
    private final CurrentCaller current;
    private final Scope scope;
    private final AuditLog audit;

    CommandService(DataSource dataSource, TerminalCommandStore store, CommandSender sender, CommandConfig config,
                   CurrentCaller current, Scope scope, AuditLog audit) {
        this.dataSource = dataSource;
        this.store = store;
        this.sender = sender;
        this.config = config;
        this.current = current;
        this.scope = scope;
        this.audit = audit;
    }

    public TerminalCommandView request(long terminalId, CommandRequest request) {
        Caller caller = current.require();
        long id = Tx.run(dataSource, c -> {
            TerminalCommandStore.Target target = store.target(c, terminalId);
            if (target == null || !scope.sees(target.orgPath())) {
                throw Problems.notFound("terminal", terminalId);
            }
            EncodedCommand e = CommandEncoder.encode(request);
            CommandStatus status = e.dangerous() ? CommandStatus.PENDING_APPROVAL : CommandStatus.REQUESTED;
            Instant expires = e.dangerous() ? Instant.now().plus(config.approvalTtl()) : null;
            long created = store.insert(c, target, e, status, caller.accountId(), caller.username(), expires);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("terminalId", terminalId);
            after.put("phone", target.phone());
            after.put("vehicleId", target.vehicleId());
            after.put("msgId", String.format("0x%04X", e.kind().messageId()));
            after.put("request", e.asked());
            after.put("dangerous", e.dangerous());
            after.put("status", status.name());
            audit.record(c, AuditEvent.of("COMMAND_REQUEST", "terminal-command", created, target.orgPath())
                    .change(null, after));
            return created;
        });
        sender.send(id);
        return get(id);
    }

    public TerminalCommandView approve(long id, String reason) {
        Caller caller = current.require();
        Refusal refusal = Tx.run(dataSource, c -> {
            TerminalCommandStore.Row row = pending(c, id);
            if (samePerson(row, caller)) {
                audit.record(c, AuditEvent.of("COMMAND_APPROVE", "terminal-command", id, row.orgPath())
                        .outcome("REFUSED_SAME_PERSON"));
                return Refusal.SAME_PERSON;
            }
            if (overdue(row)) {
                store.settle(c, id, CommandStatus.EXPIRED, null, null, "nobody approved it in time");
                audit.record(c, AuditEvent.of("COMMAND_EXPIRED", "terminal-command", id, row.orgPath())
                        .outcome(CommandStatus.EXPIRED.name()), Actor.SYSTEM);
                return Refusal.EXPIRED;
            }
            store.decide(c, id, CommandStatus.REQUESTED, caller.accountId(), caller.username(), reason);
            audit.record(c, AuditEvent.of("COMMAND_APPROVE", "terminal-command", id, row.orgPath())
                    .change(Map.of("status", CommandStatus.PENDING_APPROVAL.name()), decision(CommandStatus.REQUESTED,
                            caller, reason)));
            return null;
        });
        refuse(refusal, id, "approve");
        sender.send(id);
        return get(id);
    }

    public TerminalCommandView reject(long id, String reason) {
        Caller caller = current.require();
        if (reason == null || reason.isBlank()) {
            throw Problems.badField("reason", "say why the command must not be sent");
        }
        Refusal refusal = Tx.run(dataSource, c -> {
            TerminalCommandStore.Row row = pending(c, id);
            if (overdue(row)) {
                store.settle(c, id, CommandStatus.EXPIRED, null, null, "nobody approved it in time");
                audit.record(c, AuditEvent.of("COMMAND_EXPIRED", "terminal-command", id, row.orgPath())
                        .outcome(CommandStatus.EXPIRED.name()), Actor.SYSTEM);
                return Refusal.EXPIRED;
            }
            // the requester may withdraw their own request: a rejection never sends anything
            store.decide(c, id, CommandStatus.REJECTED, caller.accountId(), caller.username(), reason.strip());
            audit.record(c, AuditEvent.of("COMMAND_REJECT", "terminal-command", id, row.orgPath())
                    .change(Map.of("status", CommandStatus.PENDING_APPROVAL.name()),
                            decision(CommandStatus.REJECTED, caller, reason.strip())));
            return null;
        });
        refuse(refusal, id, "reject");
        return get(id);
    }

    public TerminalCommandView get(long id) {
        TerminalCommandStore.Row row = Tx.run(dataSource, c -> store.load(c, id, false));
        if (row == null || !scope.sees(row.orgPath())) {
            throw Problems.notFound("terminal command", id);
        }
        return row.view();
    }

    public List<TerminalCommandView> ofTerminal(long terminalId, int limit) {
        return Tx.run(dataSource, c -> {
            TerminalCommandStore.Target target = store.target(c, terminalId);
            if (target == null || !scope.sees(target.orgPath())) {
                throw Problems.notFound("terminal", terminalId);
            }
            return store.list(c, terminalId, scope.path(), null, limit).stream()
                    .map(TerminalCommandStore.Row::view).toList();
        });
    }

    public List<TerminalCommandView> list(CommandStatus status, int limit) {
        return Tx.run(dataSource, c -> store.list(c, null, scope.path(), status, limit).stream()
                .map(TerminalCommandStore.Row::view).toList());
    }

    private enum Refusal { SAME_PERSON, EXPIRED }

    private TerminalCommandStore.Row pending(java.sql.Connection c, long id) throws java.sql.SQLException {
        TerminalCommandStore.Row row = store.load(c, id, true);
        if (row == null || !scope.sees(row.orgPath())) {
            throw Problems.notFound("terminal command", id);
        }
        if (row.status() != CommandStatus.PENDING_APPROVAL) {
            throw Problems.conflict("status", "command " + id + " is " + row.status()
                    + "; only a command waiting for approval can be approved or rejected");
        }
        return row;
    }

    /** The same account, or the same username (test and service tokens may share an account id). */
    private static boolean samePerson(TerminalCommandStore.Row row, Caller caller) {
        return row.view().requestedById() == caller.accountId() || row.view().requestedBy().equals(caller.username());
    }

    private static boolean overdue(TerminalCommandStore.Row row) {
        return row.view().expiresAt() != null && !Instant.parse(row.view().expiresAt()).isAfter(Instant.now());
    }

    private static Map<String, Object> decision(CommandStatus status, Caller caller, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("decidedBy", caller.username());
        m.put("reason", reason);
        return m;
    }

    private static void refuse(Refusal refusal, long id, String step) {
        if (refusal == Refusal.SAME_PERSON) {
            throw new ProblemException(new Problem(TWO_PERSON_RULE, "Forbidden", 403, "command " + id
                    + " needs a second person: whoever asked for it may not approve it",
                    List.of(new Problem.Violation("approvedBy", "must differ from the requester"))));
        }
        if (refusal == Refusal.EXPIRED) {
            throw Problems.conflict("status", "command " + id + " expired before anyone could " + step + " it");
        }
    }
}
