package io.fleet.dispatch.supervision.rule;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** A rule's thresholds: an organisation's values over the defaults. Every number is checked when it is saved. */
public record Params(Map<String, Object> values) {

    public static Params of(RuleKey key, Map<String, Object> overrides) {
        Map<String, Object> merged = new HashMap<>(key.defaults());
        if (overrides != null) {
            for (Map.Entry<String, Object> e : overrides.entrySet()) {
                if (merged.get(e.getKey()) instanceof Map<?, ?> standard && e.getValue() instanceof Map<?, ?> own) {
                    Map<Object, Object> inner = new HashMap<>(standard); // per-kind limits: override kind by kind
                    inner.putAll(own);
                    merged.put(e.getKey(), Map.copyOf(inner));
                } else {
                    merged.put(e.getKey(), e.getValue());
                }
            }
        }
        return new Params(Map.copyOf(merged));
    }

    public static Params defaults(RuleKey key) {
        return of(key, Map.of());
    }

    public double number(String name) {
        Object value = values.get(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(name + " is not a number: " + value);
    }

    public long bits(String name) {
        return (long) number(name);
    }

    public LocalTime time(String name) {
        return LocalTime.parse(String.valueOf(values.get(name)));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object value = values.get(name);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /**
     * Whether the overrides are acceptable for the key: known names, numbers that are numbers and not negative,
     * times that are times. Returns the first problem as "name: message", or null.
     */
    public static String check(RuleKey key, Map<String, Object> overrides) {
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            Object standard = key.defaults().get(e.getKey());
            if (standard == null) {
                return e.getKey() + ": not a setting of " + key + " (known: " + key.defaults().keySet() + ")";
            }
            Object value = e.getValue();
            if (standard instanceof Number) {
                if (!(value instanceof Number n) || n.doubleValue() < 0) {
                    return e.getKey() + ": a number not below 0";
                }
            } else if (standard instanceof Map) {
                if (!(value instanceof Map<?, ?> m)) {
                    return e.getKey() + ": an object of vehicle kind → km/h";
                }
                for (Map.Entry<?, ?> limit : m.entrySet()) {
                    if (!((Map<?, ?>) standard).containsKey(limit.getKey()) || !(limit.getValue() instanceof Number n)
                            || n.doubleValue() <= 0) {
                        return e.getKey() + ": " + limit.getKey() + " must be a vehicle kind with a speed above 0";
                    }
                }
            } else {
                try {
                    LocalTime.parse(String.valueOf(value));
                } catch (DateTimeParseException ex) {
                    return e.getKey() + ": a time of day like 08:30";
                }
            }
        }
        if (key == RuleKey.WORKING_HOURS) {
            Params p = of(key, overrides);
            if (!p.time("end").isAfter(p.time("start"))) {
                return "end: must be after start";
            }
        }
        return null;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public static Map<String, Object> copy(Map<String, Object> m) {
        return m == null ? Map.of() : new HashMap<>(m);
    }
}
