package io.fleet.dispatch.track.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.TrackRedis;
import io.lettuce.core.api.StatefulRedisConnection;
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
 * Every instance subscribes to the live channel, whichever instance's consumer stored the point, and fans each
 * position out to its own push clients. The snapshot is the live hash, so a screen that connects shows every vehicle
 * at once and then follows the stream.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    private static final int CLIENT_BUFFER = 4096;

    private final TrackRedis redis;
    private final ObjectMapper json;
    private final BroadcastProcessor<LivePosition> positions = BroadcastProcessor.create();
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
                        positions.onNext(position);
                    }
                }
            });
            subscription.sync().subscribe(redis.liveChannel());
        } catch (RuntimeException e) {
            LOG.warnf("live push not subscribed (%s): screens get snapshots only until restart", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        positions.onComplete();
        if (subscription != null) {
            subscription.close();
        }
        if (reads != null) {
            reads.close();
        }
    }

    /**
     * New positions from now on, of vehicles whose organisation path starts with {@code orgPath} (null: all). A client
     * that falls more than {@value #CLIENT_BUFFER} positions behind is disconnected; EventSource reconnects and the
     * screen reloads the snapshot, which is better than showing positions minutes late.
     */
    public Multi<LivePosition> stream(String orgPath) {
        return positions.filter(p -> within(p, orgPath)).onOverflow().buffer(CLIENT_BUFFER);
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
