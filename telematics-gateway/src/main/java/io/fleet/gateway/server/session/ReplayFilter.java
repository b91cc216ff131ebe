package io.fleet.gateway.server.session;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Recognises uplinks already stored: the same terminal, message id, serial and body within a time window (a
 * terminal resending because our acknowledgement was lost, or a captured frame replayed on a new connection).
 * Node-wide, because a terminal that reconnects may land on another event loop. Remembers the fingerprints of the
 * last {@link #REMEMBERED} stored messages per terminal; terminals silent for a whole window are forgotten by
 * {@link #sweep()}, so memory follows the active terminals.
 */
public final class ReplayFilter {

    static final int REMEMBERED = 8;

    private final long windowMillis;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Recent> byPhone = new ConcurrentHashMap<>();

    public ReplayFilter(long windowMillis, LongSupplier clockMillis) {
        this.windowMillis = windowMillis;
        this.clock = clockMillis;
    }

    public boolean enabled() {
        return windowMillis > 0;
    }

    /** Whether this message was stored within the window. */
    public boolean seen(String phone, long fingerprint) {
        Recent recent = byPhone.get(phone);
        return recent != null && recent.contains(fingerprint, clock.getAsLong() - windowMillis);
    }

    /** Remembers a message that is now stored. */
    public void stored(String phone, long fingerprint) {
        if (enabled()) {
            byPhone.computeIfAbsent(phone, p -> new Recent()).add(fingerprint, clock.getAsLong());
        }
    }

    /** Forgets terminals that stored nothing within the window. */
    public void sweep() {
        long oldest = clock.getAsLong() - windowMillis;
        byPhone.values().removeIf(recent -> recent.newest() < oldest);
    }

    public int terminals() {
        return byPhone.size();
    }

    /** 64-bit FNV-1a of message id, serial and body. */
    public static long fingerprint(int messageId, int serial, byte[] body) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, messageId >>> 8);
        hash = mix(hash, messageId);
        hash = mix(hash, serial >>> 8);
        hash = mix(hash, serial);
        for (byte b : body) {
            hash = mix(hash, b);
        }
        return hash;
    }

    private static long mix(long hash, int b) {
        return (hash ^ (b & 0xff)) * 0x100000001b3L;
    }

    /** A small ring of fingerprints and when they were stored; guarded by its own lock. */
    private static final class Recent {
        private final long[] fingerprints = new long[REMEMBERED];
        private final long[] times = new long[REMEMBERED];
        private int next;
        private int size;

        synchronized boolean contains(long fingerprint, long notBefore) {
            for (int i = 0; i < size; i++) {
                if (fingerprints[i] == fingerprint && times[i] >= notBefore) {
                    return true;
                }
            }
            return false;
        }

        synchronized void add(long fingerprint, long now) {
            fingerprints[next] = fingerprint;
            times[next] = now;
            next = (next + 1) % REMEMBERED;
            size = Math.min(size + 1, REMEMBERED);
        }

        synchronized long newest() {
            return times[(next + REMEMBERED - 1) % REMEMBERED];
        }
    }
}
