package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Runs of consecutive fixes for which a condition holds; a gap longer than maxGap between fixes ends a run. */
final class Runs {

    private Runs() {
    }

    static List<List<Facts.Fix>> of(List<Facts.Fix> fixes, Predicate<Facts.Fix> condition, Duration maxGap) {
        List<List<Facts.Fix>> runs = new ArrayList<>();
        List<Facts.Fix> current = null;
        Facts.Fix previous = null;
        for (Facts.Fix f : fixes) {
            boolean holds = condition.test(f);
            boolean gap = previous != null && Duration.between(previous.time(), f.time()).compareTo(maxGap) > 0;
            if (current != null && (!holds || gap)) {
                runs.add(current);
                current = null;
            }
            if (holds) {
                if (current == null) {
                    current = new ArrayList<>();
                }
                current.add(f);
            }
            previous = f;
        }
        if (current != null) {
            runs.add(current);
        }
        return runs;
    }

    static Duration length(List<Facts.Fix> run) {
        return Duration.between(run.get(0).time(), run.get(run.size() - 1).time());
    }
}
