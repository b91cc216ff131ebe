package io.fleet.dispatch.notification;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.complaint.DeadlineReminders;
import io.fleet.dispatch.redis.RedisProducer;
import io.fleet.dispatch.supervision.alarm.Notifier;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Relays the supervision notifications ({@link Notifier}) and the complaint deadline reminders
 * ({@link DeadlineReminders}), both published on Redis after their commit by whichever instance made them, to the
 * console's users of this instance: alarms to supervisors and administrators, reminders to complaint handlers, each
 * only within the user's subtree (a case not yet tied to a unit belongs to the root, as its scope does). Notifications are few; a client more than {@value #CLIENT_BUFFER} behind is
 * disconnected, and the console reloads its lists when the EventSource reconnects.
 */
@ApplicationScoped
public class NotificationFeed {

    private static final Logger LOG = Logger.getLogger(NotificationFeed.class);
    private static final int CLIENT_BUFFER = 1024;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final RedisProducer redis;
    private final Notifier notifier;
    private final DeadlineReminders reminders;
    private final ObjectMapper json;
    private final BroadcastProcessor<Notice> notices = BroadcastProcessor.create();
    private final AtomicInteger clients = new AtomicInteger();
    private StatefulRedisPubSubConnection<String, String> subscription;

    NotificationFeed(RedisProducer redis, Notifier notifier, DeadlineReminders reminders, ObjectMapper json) {
        this.redis = redis;
        this.notifier = notifier;
        this.reminders = reminders;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            subscription = redis.pubSub();
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    Notice notice = parse(channel, message);
                    if (notice != null) {
                        notices.onNext(notice);
                    }
                }
            });
            subscription.sync().subscribe(notifier.channel(), reminders.channel());
        } catch (RuntimeException e) {
            LOG.warnf("notifications not subscribed (%s): screens show them on reload only", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        notices.onComplete();
        if (subscription != null) {
            subscription.close();
        }
    }

    /** The notices from now on that a user with these roles and this subtree should see. */
    public Multi<Notice> stream(Set<AccountRole> roles, String orgPath) {
        boolean alarms = roles.contains(AccountRole.SUPERVISOR) || roles.contains(AccountRole.ADMINISTRATOR);
        boolean complaints = roles.contains(AccountRole.COMPLAINT_HANDLER);
        return notices.filter(n -> (n.orgPath() == null ? "/" : n.orgPath()).startsWith(orgPath)
                        && (n.kind().equals(Notice.ALARM) ? alarms : complaints))
                .onOverflow().buffer(CLIENT_BUFFER)
                .onSubscription().invoke(clients::incrementAndGet)
                .onTermination().invoke(clients::decrementAndGet);
    }

    /** Clients connected to this instance. */
    public int clients() {
        return clients.get();
    }

    Notice parse(String channel, String message) {
        try {
            Map<String, Object> m = json.readValue(message, MAP);
            if (channel.equals(notifier.channel())) {
                return new Notice(Notice.ALARM, number(m.get("alarm")), String.valueOf(m.get("reason")),
                        (String) m.get("orgPath"), m);
            }
            return new Notice(Notice.COMPLAINT_REMINDER, number(m.get("complaintId")), String.valueOf(m.get("kind")),
                    (String) m.get("orgPath"), m);
        } catch (IOException | RuntimeException e) {
            LOG.debugf("unreadable notification skipped: %s", e.getMessage());
            return null;
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
