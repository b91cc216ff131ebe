package io.fleet.protocoltests.simulator;

/**
 * `bin/fleet simulate`: virtual terminals that register, authenticate, heartbeat and report while driving the roads
 * of the bundled map, drop their connection now and then and backfill with 0x0704. Progress lines go to stderr; the
 * final summary is one JSON line on stdout.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.err.printf("simulator: loading the roads of %s%n", options.map());
        // The roads stay open until the JVM exits: terminals sample them until the shutdown hook stops them.
        RoadNetwork roads = RoadNetwork.load(options.map(), options.graphCache());
        Simulator simulator = new Simulator(options, roads);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            System.out.println(simulator.stats().summaryJson(options.vehicles(), simulator.elapsedSeconds()));
            System.out.flush();
        }));
        System.err.printf("simulator: %d terminals → %s:%d, a report every %s%n", options.vehicles(),
                options.host(), options.port(), options.interval());
        simulator.start();
        simulator.runFor(System.err);
        System.exit(0); // the shutdown hook prints the summary
    }
}
