package io.fleet.gateway.server;

import org.slf4j.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A warning per key at most every {@code intervalMillis}, with a count of what was suppressed in between, so a
 * terminal spewing garbage cannot flood the log. Thread-safe.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalNanos;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimitedLog(Logger log, long intervalMillis) {
        this.log = log;
        this.intervalNanos = intervalMillis * 1_000_000;
    }

    public void warn(String key, String format, Object... args) {
        Window window = windows.computeIfAbsent(key, k -> new Window());
        long now = System.nanoTime();
        long last = window.lastLogged.get();
        if (last != 0 && now - last < intervalNanos || !window.lastLogged.compareAndSet(last, now)) {
            window.suppressed.incrementAndGet();
            return;
        }
        long suppressed = window.suppressed.getAndSet(0);
        if (suppressed > 0) {
            log.warn("(" + suppressed + " similar suppressed) " + format, args);
        } else {
            log.warn(format, args);
        }
    }

    private static final class Window {
        final AtomicLong lastLogged = new AtomicLong();
        final AtomicLong suppressed = new AtomicLong();
    }
}
