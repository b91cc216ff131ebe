package io.fleet.gateway.server.session;

import java.util.function.LongSupplier;

/**
 * Frames-per-second limit of one connection. Each frame takes a token; the bucket holds one second's worth
 * (burst) and refills continuously. A frame that finds no token is still processed (it has been read already),
 * but puts the bucket into debt; {@link #take()} then says how long to stop reading so the average holds.
 * Not thread-safe: used from the channel's event loop.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerNano;
    private final double capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    public TokenBucket(int perSecond, LongSupplier nanoClock) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.ratePerNano = perSecond / (double) NANOS_PER_SECOND;
        this.capacity = perSecond;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** Takes one token; returns 0 when there was one, else the nanoseconds until the debt is paid off. */
    public long take() {
        refill();
        tokens -= 1;
        return debtNanos();
    }

    /** Nanoseconds until the bucket is out of debt; 0 when it is not in debt. */
    public long waitNanos() {
        refill();
        return debtNanos();
    }

    private long debtNanos() {
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / ratePerNano);
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * ratePerNano);
        lastRefill = now;
    }
}
