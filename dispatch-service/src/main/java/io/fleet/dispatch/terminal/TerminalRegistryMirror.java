package io.fleet.dispatch.terminal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Keeps the gateway's copy of the terminal registry ({prefix}terminal:{phone} hashes) equal to the terminal table.
 * A change is mirrored right after its transaction commits; a full pass at start-up and every minute repairs what a
 * Redis restart (Redis may keep nothing on disk) or a failed write left behind.
 */
@ApplicationScoped
public class TerminalRegistryMirror {

    private static final Logger LOG = Logger.getLogger(TerminalRegistryMirror.class);

    private final TerminalRepository terminals;
    private final StatefulRedisConnection<String, String> redis;
    private final String keyPrefix;

    TerminalRegistryMirror(TerminalRepository terminals, StatefulRedisConnection<String, String> redis, RedisConfig config) {
        this.terminals = terminals;
        this.redis = redis;
        this.keyPrefix = config.prefix() + "terminal:";
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminalChanged change) {
        try {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> terminals.registryRows(change.phone()));
            if (rows.isEmpty()) {
                redis.sync().del(keyPrefix + change.phone());
            } else {
                write(rows.get(0));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "terminal %s not mirrored to Redis now; the periodic pass will retry", change.phone());
        }
    }

    void onStart(@Observes StartupEvent start) {
        try {
            syncAll();
        } catch (RuntimeException e) {
            LOG.warnf("terminal registry not mirrored at start-up (%s); retrying every minute", e.getMessage());
        }
    }

    @Scheduled(every = "${fleet.registry.mirror-every:60s}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        try {
            syncAll();
        } catch (RuntimeException e) {
            LOG.warnf("terminal registry mirror pass failed: %s", e.getMessage());
        }
    }

    /** Writes every terminal and removes mirrored terminals that no longer exist. Returns how many were written. */
    public int syncAll() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> terminals.registryRows(null));
        Set<String> wanted = new HashSet<>();
        for (Object[] row : rows) {
            write(row);
            wanted.add(keyPrefix + row[0]);
        }
        var sync = redis.sync();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            var page = sync.scan(cursor, ScanArgs.Builder.matches(keyPrefix + "*").limit(1000));
            String[] stale = page.getKeys().stream().filter(k -> !wanted.contains(k)).toArray(String[]::new);
            if (stale.length > 0) {
                sync.del(stale);
            }
            cursor = page;
        } while (!cursor.isFinished());
        return rows.size();
    }

    private void write(Object[] row) {
        Map<String, String> fields = new HashMap<>();
        fields.put("vehicleId", row[1] == null ? "" : row[1].toString());
        fields.put("plate", row[2] == null ? "" : row[2].toString());
        fields.put("orgId", row[3] == null ? "" : row[3].toString());
        fields.put("enabled", Boolean.TRUE.equals(row[4]) ? "1" : "0");
        redis.sync().hset(keyPrefix + row[0], fields);
    }
}
