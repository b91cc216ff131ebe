package io.fleet.dispatch.track.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.TrackRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Every instance subscribes to the live channel, whichever instance's consumer stored the point, and fans each
 * position out to its own push clients. Each client has its own queue holding the newest unsent position per vehicle
 * ({@link LatestPerVehicle}): a slow client gets every changed car's latest state, never a backlog that overflows. A
 * stream starts with the snapshot (the live hash), so a screen that connects or reconnects catches up at once and then
 * follows the changes.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final TrackRedis redis;
    private final ObjectMapper json;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private StatefulRedisPubSubConnection<String, String> subscription;
    private StatefulRedisConnection<String, String> reads;

    LiveFeed(TrackRedis redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            subscription = redis.pubSub();
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    LivePosition position = parse(message);
                    if (position != null) {
                        for (Client client : clients) {
                            client.offer(position);
                        }
                    }
                }
            });
            subscription.sync().subscribe(redis.liveChannel());
        } catch (RuntimeException e) {
            LOG.warnf("live push not subscribed (%s): screens get snapshots only until restart", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        clients.clear();
        if (subscription != null) {
            subscription.close();
        }
        if (reads != null) {
            reads.close();
        }
    }

    /**
     * The newest position of every vehicle whose organisation path starts with {@code orgPath} (null: all) as the
     * client subscribes, then each change: per vehicle the newest position not yet sent, as fast as the client takes
     * them. Nothing in between is lost for the map's purpose: every car that changed arrives at its latest state.
     */
    public Multi<LivePosition> stream(String orgPath) {
        return Multi.createFrom().publisher(new Client(orgPath).queue);
    }

    /** Push clients connected to this instance. */
    public int clients() {
        return clients.size();
    }

    /** The newest position of every vehicle in the subtree, as kept in Redis. */
    public List<LivePosition> snapshot(String orgPath) {
        Map<String, String> all = readConnection().sync().hgetall(redis.liveHash());
        List<LivePosition> result = new ArrayList<>(all.size());
        for (String value : all.values()) {
            LivePosition p = parse(value);
            if (p != null && within(p, orgPath)) {
                result.add(p);
            }
        }
        result.sort((a, b) -> Long.compare(a.vehicleId(), b.vehicleId()));
        return result;
    }

    private synchronized StatefulRedisConnection<String, String> readConnection() {
        if (reads == null) {
            reads = redis.text();
        }
        return reads;
    }

    /** A connected push client: its subtree and its queue. */
    private final class Client {
        private final String orgPath;
        private final LatestPerVehicle queue = new LatestPerVehicle(this::connected, this::disconnected);

        Client(String orgPath) {
            this.orgPath = orgPath;
        }

        void offer(LivePosition position) {
            if (within(position, orgPath)) {
                queue.offer(position);
            }
        }

        private void connected() {
            // registered before the snapshot is read, so a change between the two is not missed (older ones are skipped)
            clients.add(this);
            try {
                snapshot(orgPath).forEach(queue::offer);
            } catch (RuntimeException e) {
                LOG.warnf("live snapshot for a push client not read (%s): it gets the changes only", e.toString());
            }
        }

        private void disconnected() {
            clients.remove(this);
        }
    }

    private static boolean within(LivePosition p, String orgPath) {
        return orgPath == null || (p.orgPath() != null && p.orgPath().startsWith(orgPath));
    }

    private LivePosition parse(String message) {
        try {
            return json.readValue(message, LivePosition.class);
        } catch (IOException e) {
            LOG.debugf("unreadable live message skipped: %s", e.getMessage());
            return null;
        }
    }
}
