package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Counting the minutes of a period for which a condition holds, sampled at the middle of each minute. */
final class Minutes {

    private Minutes() {
    }

    static long where(Instant start, Instant end, Predicate<Instant> condition) {
        long count = 0;
        for (Instant t = start.plusSeconds(30); t.isBefore(end); t = t.plusSeconds(60)) {
            if (condition.test(t)) {
                count++;
            }
        }
        return count;
    }

    static Duration of(Params p, String name) {
        return Duration.ofSeconds(Math.round(p.number(name) * 60));
    }

    static long between(Instant a, Instant b) {
        return Duration.between(a, b).toMinutes();
    }
}
