package io.fleet.protocoltests.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import io.fleet.gateway.codec.message.location.LocationReport;

/**
 * What the simulated fleet did, for the progress line and the final summary. The ack latency is measured from the
 * moment a report is written to the socket to the gateway's 0x8001 for it; the gateway acknowledges only after the
 * Redis stream write, so it bounds "terminal send → stream write" from above.
 */
public final class SimulatorStats {

    public final LongAdder connects = new LongAdder();
    public final LongAdder connectFailures = new LongAdder();
    public final LongAdder registrationsRefused = new LongAdder();
    public final LongAdder authentications = new LongAdder();
    /** Distinct terminals that authenticated at least once. */
    public final LongAdder terminalsAuthenticated = new LongAdder();
    public final LongAdder sendFailures = new LongAdder();
    /** Logins (registration + authentication) the platform left unanswered, after which the terminal reconnected. */
    public final LongAdder loginTimeouts = new LongAdder();
    public final LongAdder authenticationsRefused = new LongAdder();
    public final LongAdder online = new LongAdder();
    public final LongAdder reportsSent = new LongAdder();
    public final LongAdder backfillSent = new LongAdder();
    public final LongAdder positionsAcked = new LongAdder();
    public final LongAdder positionsRefused = new LongAdder();
    public final LongAdder positionsLost = new LongAdder();
    public final LongAdder heartbeats = new LongAdder();
    public final LongAdder drops = new LongAdder();
    /** Platform commands (0x8xxx other than replies) the terminals received and answered with 0x0001. */
    public final LongAdder commandsAnswered = new LongAdder();
    private final LatencyBuckets ackLatency = new LatencyBuckets();
    private volatile Map<String, Set<Long>> ackedFixes;

    /**
     * From now on remember which positions were acknowledged: phone (leading zeros stripped, as the platform keys
     * terminals) → fix times in epoch seconds. Fault tests compare this with what was stored; off by default, since
     * a long simulation would keep every fix in memory.
     */
    public void trackAckedFixes() {
        ackedFixes = new ConcurrentHashMap<>();
    }

    /** The acknowledged fixes since {@link #trackAckedFixes()}, live (empty when not tracked). */
    public Map<String, Set<Long>> ackedFixes() {
        Map<String, Set<Long>> fixes = ackedFixes;
        return fixes == null ? Map.of() : fixes;
    }

    void acked(String phone, List<LocationReport> reports) {
        Map<String, Set<Long>> fixes = ackedFixes;
        if (fixes == null) {
            return;
        }
        Set<Long> times = fixes.computeIfAbsent(stripZeros(phone), k -> ConcurrentHashMap.newKeySet());
        for (LocationReport report : reports) {
            if (report.time() != null) {
                times.add(report.time().toEpochSecond());
            }
        }
    }

    private static String stripZeros(String phone) {
        String stripped = phone.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    public void ackLatencyNanos(long nanos) {
        ackLatency.record(nanos / 1_000);
    }

    public double ackLatencyMillis(double percentile) {
        return ackLatency.percentileMicros(percentile) / 1000.0;
    }

    /** Starts a new latency measurement window (the load tool leaves ramp-up out). */
    public void resetLatency() {
        ackLatency.reset();
    }

    public String progressLine(double elapsedSeconds) {
        return String.format(Locale.ROOT,
                "%6.0fs connects=%d/%d failed/%d login timeouts online=%d/%d sent=%d backfill=%d acked=%d refused=%d lost=%d drops=%d ack p50=%.1fms p99=%.1fms",
                elapsedSeconds, connects.sum(), connectFailures.sum(), loginTimeouts.sum(), online.sum(), terminalsAuthenticated.sum(),
                reportsSent.sum(), backfillSent.sum(), positionsAcked.sum(),
                positionsRefused.sum(), positionsLost.sum(), drops.sum(), ackLatency.percentileMicros(0.50) / 1000.0,
                ackLatency.percentileMicros(0.99) / 1000.0);
    }

    public String summaryJson(int vehicles, double elapsedSeconds) {
        return String.format(Locale.ROOT, "{\"vehicles\":%d,\"seconds\":%.1f,\"online\":%d,\"connects\":%d,"
                        + "\"connectFailures\":%d,\"registrationsRefused\":%d,\"terminalsAuthenticated\":%d,\"authentications\":%d,"
                        + "\"authenticationsRefused\":%d,\"reportsSent\":%d,\"backfillSent\":%d,\"positionsAcked\":%d,"
                        + "\"positionsRefused\":%d,\"positionsLost\":%d,\"sendFailures\":%d,\"heartbeats\":%d,\"drops\":%d,"
                        + "\"ackedPerSecond\":%.1f,\"ackLatencyMs\":{\"p50\":%.2f,\"p99\":%.2f,\"max\":%.2f}}",
                vehicles, elapsedSeconds, online.sum(), connects.sum(), connectFailures.sum(),
                registrationsRefused.sum(), terminalsAuthenticated.sum(), authentications.sum(), authenticationsRefused.sum(), reportsSent.sum(),
                backfillSent.sum(), positionsAcked.sum(), positionsRefused.sum(), positionsLost.sum(), sendFailures.sum(), heartbeats.sum(),
                drops.sum(), positionsAcked.sum() / Math.max(elapsedSeconds, 0.001),
                ackLatency.percentileMicros(0.50) / 1000.0, ackLatency.percentileMicros(0.99) / 1000.0,
                ackLatency.percentileMicros(1.0) / 1000.0);
    }

    /**
     * A fixed-size latency histogram: 10 µs buckets up to 10 ms, then 1 ms buckets up to 10 s — enough resolution
     * for percentiles of a loopback round trip without keeping every sample.
     */
    static final class LatencyBuckets {
        private static final int FINE = 1_000;       // 10 µs each → 10 ms
        private static final int COARSE = 9_990;     // 1 ms each → 10 s
        private final AtomicLongArray counts = new AtomicLongArray(FINE + COARSE + 1);

        void reset() {
            for (int i = 0; i < counts.length(); i++) {
                counts.set(i, 0);
            }
        }

        void record(long micros) {
            int index;
            if (micros < 10_000) {
                index = (int) (micros / 10);
            } else {
                index = (int) Math.min(FINE + (micros - 10_000) / 1_000, FINE + COARSE);
            }
            counts.incrementAndGet(index);
        }

        double percentileMicros(double p) {
            long total = 0;
            for (int i = 0; i < counts.length(); i++) {
                total += counts.get(i);
            }
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(p * total));
            long seen = 0;
            for (int i = 0; i < counts.length(); i++) {
                seen += counts.get(i);
                if (seen >= rank) {
                    return i < FINE ? (i + 1) * 10.0 : 10_000 + (i - FINE + 1) * 1_000.0;
                }
            }
            return Double.NaN;
        }
    }
}
