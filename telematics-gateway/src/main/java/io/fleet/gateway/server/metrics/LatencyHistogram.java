package io.fleet.gateway.server.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations in seconds, fixed buckets from 1 ms to 5 s. Thread-safe. */
public final class LatencyHistogram {

    private static final double[] BOUNDS_SECONDS = {0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final String name;
    private final String help;
    /** Non-cumulative counts per bucket; the last slot is +Inf. */
    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS_SECONDS.length + 1);
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder count = new LongAdder();

    public LatencyHistogram(String name, String help) {
        this.name = name;
        this.help = help;
    }

    public void observeNanos(long nanos) {
        double seconds = nanos / 1e9;
        int i = 0;
        while (i < BOUNDS_SECONDS.length && seconds > BOUNDS_SECONDS[i]) {
            i++;
        }
        buckets.incrementAndGet(i);
        sum.add(seconds);
        count.increment();
    }

    public long count() {
        return count.sum();
    }

    void writeTo(PrometheusText out) {
        out.header(name, help, "histogram");
        long cumulative = 0;
        for (int i = 0; i < BOUNDS_SECONDS.length; i++) {
            cumulative += buckets.get(i);
            out.sample(name + "_bucket", "le", PrometheusText.number(BOUNDS_SECONDS[i]), cumulative);
        }
        cumulative += buckets.get(BOUNDS_SECONDS.length);
        out.sample(name + "_bucket", "le", "+Inf", cumulative);
        out.sample(name + "_sum", sum.sum());
        out.sample(name + "_count", count.sum());
    }
}
