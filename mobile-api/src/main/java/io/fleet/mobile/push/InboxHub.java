package io.fleet.mobile.push;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.mobile.redis.Redis;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;

/**
 * Pushes each account's inbox (the Redis stream {@code {P}mobile:inbox:{account}} that dispatch-service appends to
 * after every committed trip change) to the phones connected here. dispatch-service announces the account on
 * {@code {P}mobile:inbox-updates}; the hub then reads the stream after the last entry each phone has, so a phone
 * gets every entry once and in order, and one that reconnects with the last id it saw (SSE Last-Event-ID) gets what
 * it missed. The pub/sub message is only a wake-up: losing one delays an entry until the next wake-up or heartbeat.
 */
@ApplicationScoped
public class InboxHub {

    private static final Logger LOG = Logger.getLogger(InboxHub.class);
    private static final int PAGE = 200;

    private final Redis redis;
    private final ObjectMapper json;
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(4, r -> daemon(r, "inbox-delivery"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "inbox-heartbeat"));
    private StatefulRedisPubSubConnection<String, String> updates;

    InboxHub(Redis redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void start(@Observes StartupEvent startup) {
        updates = redis.pubSub();
        updates.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String account) {
                try {
                    wake(Long.parseLong(account));
                } catch (NumberFormatException e) {
                    LOG.warnf("ignored inbox update for %s", account);
                }
            }
        });
        updates.sync().subscribe(redis.key("mobile:inbox-updates"));
        // Heartbeats find closed connections and also re-read every inbox, covering a lost wake-up.
        heartbeat.scheduleWithFixedDelay(this::beat, 15, 15, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        heartbeat.shutdownNow();
        delivery.shutdownNow();
        if (updates != null) {
            updates.close();
        }
    }

    /** Connects a phone; {@code after} is the last inbox id it has seen, or null to start from now. */
    public void connect(long account, String after, SseEventSink sink, Sse sse) {
        String cursor = after != null && after.matches("\\d+-\\d+") ? after : latest(account);
        Subscriber s = new Subscriber(account, sink, sse, cursor);
        subscribers.computeIfAbsent(account, a -> ConcurrentHashMap.newKeySet()).add(s);
        s.send(sse.newEventBuilder().name("ready").id(cursor).data("{\"after\":\"" + cursor + "\"}").build());
        delivery.execute(() -> deliver(s));
    }

    /** Connected phones, for health and the benchmark. */
    public int connections() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void wake(long account) {
        Set<Subscriber> set = subscribers.get(account);
        if (set != null) {
            for (Subscriber s : set) {
                delivery.execute(() -> deliver(s));
            }
        }
    }

    private void beat() {
        for (Set<Subscriber> set : subscribers.values()) {
            for (Subscriber s : set) {
                s.send(s.sse.newEventBuilder().comment("keep-alive").build());
                delivery.execute(() -> deliver(s));
            }
        }
    }

    private void deliver(Subscriber s) {
        synchronized (s) {
            if (s.sink.isClosed()) {
                drop(s);
                return;
            }
            String key = redis.key("mobile:inbox:" + s.account);
            List<StreamMessage<String, String>> page;
            do {
                page = redis.sync().xrange(key, Range.from(Range.Boundary.excluding(s.cursor),
                        Range.Boundary.unbounded()), Limit.from(PAGE));
                for (StreamMessage<String, String> m : page) {
                    s.send(s.sse.newEventBuilder().name("trip").id(m.getId()).data(write(m.getBody())).build());
                    s.cursor = m.getId();
                }
            } while (page.size() == PAGE);
        }
    }

    private String latest(long account) {
        List<StreamMessage<String, String>> last = redis.sync().xrevrange(redis.key("mobile:inbox:" + account),
                Range.create("-", "+"), Limit.from(1));
        return last.isEmpty() ? "0-0" : last.get(0).getId();
    }

    private void drop(Subscriber s) {
        Set<Subscriber> set = subscribers.get(s.account);
        if (set != null) {
            set.remove(s);
        }
    }

    private String write(Map<String, String> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private final class Subscriber {
        final long account;
        final SseEventSink sink;
        final Sse sse;
        volatile String cursor;

        Subscriber(long account, SseEventSink sink, Sse sse, String cursor) {
            this.account = account;
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
        }

        void send(jakarta.ws.rs.sse.OutboundSseEvent event) {
            if (sink.isClosed()) {
                drop(this);
                return;
            }
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    drop(this);
                    sink.close();
                }
            });
        }
    }
}
