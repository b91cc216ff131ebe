package io.fleet.gateway.server.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus counter with one label; label values appear on first increment. Thread-safe. */
public final class LabeledCounter {

    private final String name;
    private final String help;
    private final String label;
    private final ConcurrentHashMap<String, LongAdder> values = new ConcurrentHashMap<>();

    public LabeledCounter(String name, String help, String label) {
        this.name = name;
        this.help = help;
        this.label = label;
    }

    public void increment(String labelValue) {
        values.computeIfAbsent(labelValue, k -> new LongAdder()).increment();
    }

    void writeTo(PrometheusText out) {
        out.header(name, help, "counter");
        Map<String, LongAdder> sorted = new TreeMap<>(values);
        sorted.forEach((value, adder) -> out.sample(name, label, value, adder.sum()));
    }
}
