package io.fleet.dispatch.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.trip.TripChanged;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Tells the phones a trip change concerns. Inside the change's transaction it finds the accounts (driver, requester,
 * approvers); once the transaction commits it appends the change to each account's inbox stream
 * {@code {P}mobile:inbox:{account}} and announces the account on {@code {P}mobile:inbox-updates}, where every
 * mobile-api instance listens and pushes to the phones connected to it. A phone that was offline reads its inbox from
 * the last entry it saw (catch-up). Problem reports also go to {@code {P}trip-problems} for dispatchers' screens.
 * Nothing is published for a change that rolled back.
 */
@ApplicationScoped
public class PhoneInbox {

    private static final Logger LOG = Logger.getLogger(PhoneInbox.class);
    /** Entries kept per inbox; a phone offline for longer than this many changes reloads its lists instead. */
    static final long INBOX_LENGTH = 1000;

    private final AccountRepository accounts;
    private final StatefulRedisConnection<String, String> redis;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final String prefix;

    PhoneInbox(AccountRepository accounts, StatefulRedisConnection<String, String> redis,
            TransactionSynchronizationRegistry transactions, ObjectMapper json, RedisConfig config) {
        this.accounts = accounts;
        this.redis = redis;
        this.transactions = transactions;
        this.json = json;
        this.prefix = config.prefix();
    }

    void onChange(@Observes TripChanged change) {
        List<Long> recipients = accounts.concernedBy(change.orgPath(), change.requester(), change.driverIds());
        if (recipients.isEmpty() && !change.isProblem()) {
            return;
        }
        Map<String, String> entry = entry(change);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    publish(recipients, entry, change);
                }
            }
        });
    }

    private void publish(List<Long> recipients, Map<String, String> entry, TripChanged change) {
        try {
            var sync = redis.sync();
            for (long account : recipients) {
                sync.xadd(prefix + "mobile:inbox:" + account, XAddArgs.Builder.maxlen(INBOX_LENGTH).approximateTrimming(), entry);
                sync.publish(prefix + "mobile:inbox-updates", Long.toString(account));
            }
            if (change.isProblem()) {
                sync.publish(prefix + "trip-problems", json.writeValueAsString(change));
            }
        } catch (RuntimeException | JsonProcessingException e) {
            // The change is committed; phones see it when they next reload their lists.
            LOG.warnf(e, "could not tell phones about %s of request %d", change.action(), change.requestId());
        }
    }

    private static Map<String, String> entry(TripChanged c) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("requestId", Long.toString(c.requestId()));
        entry.put("action", c.action());
        entry.put("state", c.state().name());
        entry.put("version", Integer.toString(c.version()));
        entry.put("actor", c.actor() == null ? "" : c.actor());
        entry.put("at", c.at().toString());
        entry.put("summary", c.summary() == null ? "" : c.summary());
        return entry;
    }
}
