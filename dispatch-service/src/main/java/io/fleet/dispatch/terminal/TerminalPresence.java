package io.fleet.dispatch.terminal;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.KeyValue;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which terminals hold a gateway connection now. The gateway keeps {prefix}session:{phone} (the node's id, with a
 * TTL it refreshes while the terminal talks) and deletes it on disconnect, so the key's presence is "online".
 */
@ApplicationScoped
public class TerminalPresence {

    /** One terminal's connection state; node is the gateway node holding it, null when offline. */
    public record Presence(long id, String phone, Long vehicleId, boolean online, String node) {
    }

    private final TerminalService terminals;
    private final StatefulRedisConnection<String, String> redis;
    private final String sessionPrefix;

    TerminalPresence(TerminalService terminals, StatefulRedisConnection<String, String> redis, RedisConfig config) {
        this.terminals = terminals;
        this.redis = redis;
        this.sessionPrefix = config.prefix() + "session:";
    }

    public List<Presence> all() {
        List<TerminalView> list = terminals.list();
        List<Presence> result = new ArrayList<>(list.size());
        if (list.isEmpty()) {
            return result;
        }
        String[] keys = list.stream().map(t -> sessionPrefix + t.phone()).toArray(String[]::new);
        List<KeyValue<String, String>> nodes = redis.sync().mget(keys);
        for (int i = 0; i < list.size(); i++) {
            TerminalView t = list.get(i);
            String node = nodes.get(i).getValueOrElse(null);
            result.add(new Presence(t.id(), t.phone(), t.vehicleId(), node != null, node));
        }
        return result;
    }
}
