package io.fleet.dispatch.supervision.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 7, terminal tampering. Three kinds of evidence:
 * <ul>
 * <li>alarm bits in alarmMask (default bit 5 antenna disconnected, 6 antenna short, 8 main power cut);</li>
 * <li>silence while moved: no report for gapMinutes while the car got gapDisplacementM further (a tunnel is shorter,
 * a parked car that slept does not move);</li>
 * <li>impossible jumps, clustered: jumpCount or more, each within jumpWindowMinutes of the one before, counting points ingest refused as
 * JUMP and consecutive stored points farther than jumpMinM apart at more than jumpSpeedKmh. One glitch at rest is
 * one jump and raises nothing; spoofing keeps jumping.</li>
 * </ul>
 */
public final class TamperingRule implements Rule {

    @Override
    public RuleKey key() {
        return RuleKey.TAMPERING;
    }

    @Override
    public List<Finding> evaluate(Facts facts, Params p) {
        List<Finding> found = new ArrayList<>();
        long mask = p.bits("alarmMask");
        for (List<Facts.Fix> run : Runs.of(facts.fixes(), f -> (f.alarmBits() & mask) != 0, Duration.ofMinutes(10))) {
            long bits = run.stream().mapToLong(Facts.Fix::alarmBits).reduce(0, (a, b) -> a | b) & mask;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", "ALARM_BITS");
            details.put("alarmBits", "0x" + Long.toHexString(bits));
            details.put("meaning", meaning(bits));
            details.put("reports", run.size());
            found.add(new Finding(key(), run.get(0).time(), run.get(run.size() - 1).time(),
                    "terminal reported " + meaning(bits) + " (" + run.size() + " reports)", details, null));
        }
        Duration gap = Minutes.of(p, "gapMinutes");
        double displacement = p.number("gapDisplacementM");
        List<Instant> jumps = new ArrayList<>(facts.rejectedJumps());
        double jumpMin = p.number("jumpMinM");
        double jumpSpeed = p.number("jumpSpeedKmh");
        for (int i = 1; i < facts.fixes().size(); i++) {
            Facts.Fix a = facts.fixes().get(i - 1);
            Facts.Fix b = facts.fixes().get(i);
            Duration between = Duration.between(a.time(), b.time());
            double metres = Facts.metres(a.lat(), a.lon(), b.lat(), b.lon());
            if (between.compareTo(gap) >= 0 && metres >= displacement) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", "SILENT_WHILE_MOVED");
                details.put("silentMinutes", between.toMinutes());
                details.put("displacementM", Math.round(metres));
                found.add(new Finding(key(), a.time(), b.time(), String.format(
                        "terminal silent for %d min while the car moved %.1f km", between.toMinutes(), metres / 1000),
                        details, null));
            }
            double seconds = Math.max(1, between.toSeconds());
            if (metres >= jumpMin && metres / seconds * 3.6 > jumpSpeed) {
                jumps.add(b.time());
            }
        }
        jumps.sort(null);
        Duration window = Minutes.of(p, "jumpWindowMinutes");
        int needed = (int) Math.max(1, Math.round(p.number("jumpCount")));
        int i = 0;
        while (i < jumps.size()) {
            int j = i;
            while (j + 1 < jumps.size() && Duration.between(jumps.get(j), jumps.get(j + 1)).compareTo(window) <= 0) {
                j++;
            }
            int count = j - i + 1;
            if (count >= needed) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", "IMPOSSIBLE_JUMPS");
                details.put("jumps", count);
                found.add(new Finding(key(), jumps.get(i), jumps.get(j),
                        count + " impossible position jumps (spoofing or a tampered antenna)", details, null));
            }
            i = j + 1;
        }
        return found;
    }

    static String meaning(long bits) {
        List<String> names = new ArrayList<>();
        if ((bits & (1L << 4)) != 0) {
            names.add("GNSS module fault");
        }
        if ((bits & (1L << 5)) != 0) {
            names.add("antenna disconnected");
        }
        if ((bits & (1L << 6)) != 0) {
            names.add("antenna short circuit");
        }
        if ((bits & (1L << 7)) != 0) {
            names.add("main power low");
        }
        if ((bits & (1L << 8)) != 0) {
            names.add("main power cut");
        }
        return names.isEmpty() ? "alarm bits 0x" + Long.toHexString(bits) : String.join(", ", names);
    }
}
