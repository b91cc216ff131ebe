package io.fleet.dispatch.fault;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the terminals were told is stored against what is stored, counted by terminal and fix time (a report's
 * identity: the simulator reports at most once a second per terminal).
 *
 * @param acked   distinct (terminal, fix time) the simulator saw acknowledged with 0x8001 result 0
 * @param stored  distinct (terminal, fix time) in the position table
 * @param missing acknowledged but not stored: the loss, which must be zero
 * @param doubled rows beyond the first for the same terminal, fix time and place: must be zero
 * @param extra   stored but never acknowledged: the gateway wrote them and the acknowledgement was lost (node killed,
 *                connection cut) or the simulator stopped first; harmless, the terminal would have sent them again
 */
record Ledger(long acked, long stored, long missing, long doubled, long extra, long rejected) {

    static Ledger of(Map<String, Set<Long>> acked, Map<String, Map<Long, List<String>>> stored, long rejected) {
        long ackedCount = 0;
        long missing = 0;
        for (Map.Entry<String, Set<Long>> terminal : acked.entrySet()) {
            Map<Long, List<String>> rows = stored.getOrDefault(terminal.getKey(), Map.of());
            for (Long fix : terminal.getValue()) {
                ackedCount++;
                if (!rows.containsKey(fix)) {
                    missing++;
                }
            }
        }
        long storedCount = 0;
        long doubled = 0;
        long extra = 0;
        for (Map.Entry<String, Map<Long, List<String>>> terminal : stored.entrySet()) {
            Set<Long> ackedFixes = acked.getOrDefault(terminal.getKey(), Set.of());
            for (Map.Entry<Long, List<String>> fix : terminal.getValue().entrySet()) {
                storedCount++;
                doubled += fix.getValue().size() - fix.getValue().stream().distinct().count();
                if (!ackedFixes.contains(fix.getKey())) {
                    extra++;
                }
            }
        }
        return new Ledger(ackedCount, storedCount, missing, doubled, extra, rejected);
    }

    @Override
    public String toString() {
        return "acknowledged=%d stored=%d difference(acknowledged, not stored)=%d doubled=%d stored-not-acknowledged=%d rejected=%d"
                .formatted(acked, stored, missing, doubled, extra, rejected);
    }
}
