package io.fleet.dispatch.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.fleet.protocoltests.simulator.Simulator;
import io.fleet.protocoltests.simulator.SimulatorStats;

/**
 * The soak run behind {@code bin/fleet soak}: the fault rig of {@link FaultToleranceIT} with one fleet reporting
 * for the whole run while the four faults take turns (a gateway node killed and restarted, an ingest consumer killed
 * mid-batch and replaced, PostgreSQL crashed and restarted, Redis killed and restarted), then the same count of
 * acknowledged against stored positions. Prints the figures docs/benchmarks.md records, and the on-disk size per
 * row of the day partition ingest wrote. Exit status 1 when anything acknowledged is missing or doubled.
 *
 * <p>Arguments: {@code --minutes N} (default 10), {@code --vehicles N} (default 200), {@code --interval S} (1),
 * {@code --fault-every S} (60).
 */
public final class FaultSoak {

    private FaultSoak() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--minutes", "10", "--vehicles", "200",
                "--interval", "1", "--fault-every", "60"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(options.get("--minutes")) * 60));
        int vehicles = Integer.parseInt(options.get("--vehicles"));
        Duration interval = Duration.ofMillis(Math.round(Double.parseDouble(options.get("--interval")) * 1000));
        Duration faultEvery = Duration.ofSeconds(Long.parseLong(options.get("--fault-every")));
        System.exit(run(length, vehicles, interval, faultEvery) ? 0 : 1);
    }

    static boolean run(Duration length, int vehicles, Duration interval, Duration faultEvery) throws Exception {
        List<String> faults = new ArrayList<>();
        try (FaultRig rig = FaultRig.start(List.of("ingest-1", "ingest-2"), Duration.ofSeconds(5))) {
            Fleet fleet = rig.registerFleet(vehicles);
            Instant start = Instant.now();
            Simulator simulator = rig.simulate(fleet, interval, 12);
            SimulatorStats stats = simulator.stats();
            long maxLag = 0;
            int round = 0;
            int consumers = 2;
            try {
                OsProcess.await("every terminal online", () -> stats.online.sum() == vehicles, Duration.ofMinutes(3));
                Instant nextFault = Instant.now().plus(faultEvery);
                while (Duration.between(start, Instant.now()).compareTo(length) < 0) {
                    Thread.sleep(1_000);
                    try {
                        maxLag = Math.max(maxLag, rig.groupState().lag());
                    } catch (RuntimeException redisDown) {
                        // a fault is under way
                    }
                    if (Instant.now().isBefore(nextFault)) {
                        continue;
                    }
                    String fault = switch (round++ % 4) {
                        case 0 -> {
                            GatewayNode node = rig.gateways.get(round / 4 % 2);
                            node.kill9();
                            Thread.sleep(10_000);
                            node.start();
                            yield "gateway " + node.nodeId + " kill -9, restarted after 10 s";
                        }
                        case 1 -> {
                            List<String> alive = rig.ingest.keySet().stream().filter(c -> rig.ingest.get(c).alive())
                                    .toList();
                            if (alive.size() < 2) {
                                yield "ingest kill skipped: the replacement of the last victim is still starting";
                            }
                            long pending = rig.killMidBatch(alive.get(0), Duration.ofMinutes(2));
                            String replacement = "ingest-" + ++consumers;
                            // a replacement takes a minute or more to start on a busy machine; traffic goes on meanwhile
                            Thread starter = new Thread(() -> {
                                try {
                                    rig.startIngest(replacement);
                                } catch (Exception e) {
                                    System.out.println("replacement " + replacement + " did not start: " + e);
                                }
                            });
                            starter.setDaemon(true);
                            starter.start();
                            yield "ingest " + alive.get(0) + " kill -9 mid-batch (" + pending
                                    + " entries pending), replacement starting";
                        }
                        case 2 -> {
                            rig.pg.crash();
                            Thread.sleep(10_000);
                            rig.pg.startServer();
                            yield "PostgreSQL crashed (immediate stop), restarted after 10 s";
                        }
                        default -> {
                            rig.redis.kill9();
                            Thread.sleep(5_000);
                            rig.redis.startServer();
                            yield "Redis kill -9, restarted after 5 s";
                        }
                    };
                    faults.add(String.format(Locale.ROOT, "%5.0fs %s", Duration.between(start, Instant.now())
                            .toMillis() / 1000.0, fault));
                    System.out.println(faults.get(faults.size() - 1));
                    System.out.println(stats.progressLine(simulator.elapsedSeconds()));
                    nextFault = Instant.now().plus(faultEvery);
                }
            } finally {
                simulator.close();
            }
            double seconds = simulator.elapsedSeconds();
            Thread.sleep(1_000);
            rig.awaitIngestDrained(Duration.ofMinutes(10));
            Ledger ledger = Ledger.of(stats.ackedFixes(), rig.stored(fleet), rig.rejected(fleet));
            System.out.println();
            System.out.printf(Locale.ROOT, "soak: %.1f min, %d vehicles every %.1f s, %d faults, stream lag max %d"
                    + " entries%n", seconds / 60, vehicles, interval.toMillis() / 1000.0, faults.size(), maxLag);
            faults.forEach(f -> System.out.println("  " + f));
            System.out.println("soak: " + ledger);
            rig.rejections(fleet).forEach(r -> System.out.println("soak rejected: " + r));
            System.out.println("soak simulator: " + stats.summaryJson(vehicles, seconds));
            System.out.println("soak storage: " + storagePerRow(rig));
            return ledger.missing() == 0 && ledger.doubled() == 0 && ledger.rejected() == 0;
        }
    }

    /** Heap and index bytes per row of the day partitions ingest wrote in this run (indexes grown by inserts). */
    private static String storagePerRow(FaultRig rig) throws Exception {
        try (Connection c = rig.pg.connect(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT count(*) FILTER (WHERE pg_relation_size(i.inhrelid) > 0), sum(pg_relation_size(i.inhrelid)),
                       sum(pg_indexes_size(i.inhrelid)), (SELECT count(*) FROM position)
                FROM pg_inherits i WHERE i.inhparent = 'position'::regclass""")) {
            rs.next();
            long heap = rs.getLong(2);
            long indexes = rs.getLong(3);
            long rows = rs.getLong(4);
            return String.format(Locale.ROOT, "%d rows in %d partition(s): heap %d B/row, indexes %d B/row, "
                    + "total %d B/row", rows, rs.getLong(1), heap / Math.max(rows, 1), indexes / Math.max(rows, 1),
                    (heap + indexes) / Math.max(rows, 1));
        }
    }
}
