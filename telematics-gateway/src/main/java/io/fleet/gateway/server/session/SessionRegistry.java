package io.fleet.gateway.server.session;

import io.netty.channel.Channel;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Authenticated connections of this node by normalised phone: where downlinks go. Thread-safe. */
public final class SessionRegistry {

    private final ConcurrentMap<String, Channel> byPhone = new ConcurrentHashMap<>();

    /** Makes {@code channel} the terminal's connection; returns the one it replaces, if any. */
    public Optional<Channel> register(String phone, Channel channel) {
        Channel previous = byPhone.put(phone, channel);
        return previous == null || previous == channel ? Optional.empty() : Optional.of(previous);
    }

    /** Removes the entry only if it is still {@code channel}; returns whether it was. */
    public boolean unregister(String phone, Channel channel) {
        return byPhone.remove(phone, channel);
    }

    public Optional<Channel> find(String phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    public int size() {
        return byPhone.size();
    }
}
