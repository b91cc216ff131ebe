package io.fleet.protocoltests.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The simulator's command line. Every option has a default that matches `bin/fleet up`'s demo fleet.
 *
 * @param firstPhone  the first terminal's phone; terminal n gets firstPhone + n (the demo registry has 13800000001..30)
 * @param version     "2013", "2019" or "mixed" (odd terminals speak 2019)
 * @param dropEvery   mean time between a terminal's connection drops (zero: never)
 * @param duration    how long to run (zero: until stopped)
 */
public record SimulatorOptions(int vehicles, Duration interval, Duration duration, String host, int port,
        long firstPhone, String version, Path map, Path graphCache, Duration dropEvery, Duration offlineFor,
        Duration heartbeat, Duration reportEvery, Duration rampUp, long seed) {

    public static final String USAGE = """
            Usage: bin/fleet simulate [options]
              --vehicles N        virtual terminals (default 30)
              --interval S        seconds between location reports of one terminal (default 10)
              --duration D        run time, e.g. 90s, 10m, 2h; 0 = until stopped (default 0)
              --host H --port P   the gateway (default localhost 6808, or FLEET_GATEWAY_PORT)
              --first-phone N     phone of terminal 1 (default 13800000001, the demo fleet's first terminal)
              --version V         2013, 2019 or mixed (default mixed)
              --map FILE          OpenStreetMap extract whose roads the cars drive (default data/osm/andorra.osm.pbf)
              --drop-every D      mean time between a terminal's connection drops; 0 = never (default 15m)
              --offline-for D     how long a dropped terminal stays away before reconnecting (default 60s)
              --heartbeat D       heartbeat when no report was sent for this long (default 60s)
              --report-every D    progress line period (default 10s)
              --ramp-up D         spread the first connections over this time (default 5s)
              --seed N            random seed, for repeatable runs (default 808)
            """;

    public static SimulatorOptions parse(String[] args) {
        int vehicles = 30;
        Duration interval = Duration.ofSeconds(10);
        Duration duration = Duration.ZERO;
        String host = "localhost";
        int port = Integer.parseInt(System.getenv().getOrDefault("FLEET_GATEWAY_PORT", "6808"));
        long firstPhone = 13_800_000_001L;
        String version = "mixed";
        Path map = Path.of("data/osm/andorra.osm.pbf");
        Path cache = Path.of("var/simulator-graph");
        Duration dropEvery = Duration.ofMinutes(15);
        Duration offlineFor = Duration.ofSeconds(60);
        Duration heartbeat = Duration.ofSeconds(60);
        Duration reportEvery = Duration.ofSeconds(10);
        Duration rampUp = Duration.ofSeconds(5);
        long seed = 808;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--vehicles" -> vehicles = positive(option, Integer.parseInt(value));
                case "--interval" -> interval = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                case "--duration" -> duration = duration(value);
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--first-phone" -> firstPhone = Long.parseLong(value);
                case "--version" -> version = oneOf(option, value, "2013", "2019", "mixed");
                case "--map" -> map = Path.of(value);
                case "--graph-cache" -> cache = Path.of(value);
                case "--drop-every" -> dropEvery = duration(value);
                case "--offline-for" -> offlineFor = duration(value);
                case "--heartbeat" -> heartbeat = duration(value);
                case "--report-every" -> reportEvery = duration(value);
                case "--ramp-up" -> rampUp = duration(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (interval.toMillis() < 100) {
            throw new IllegalArgumentException("--interval must be at least 0.1 s");
        }
        return new SimulatorOptions(vehicles, interval, duration, host, port, firstPhone, version, map, cache,
                dropEvery, offlineFor, heartbeat, reportEvery, rampUp, seed);
    }

    /** "90s", "10m", "2h", "500ms" or plain seconds. */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        }
        double amount = Double.parseDouble(t.substring(0, t.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofMillis(Math.round(amount * 1000));
            case 'm' -> Duration.ofMillis(Math.round(amount * 60_000));
            case 'h' -> Duration.ofMillis(Math.round(amount * 3_600_000));
            default -> throw new IllegalArgumentException("'" + text + "' is not a duration (90s, 10m, 2h)");
        };
    }

    private static int positive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }

    private static String oneOf(String option, String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed));
    }

    /** The BCD phone the n-th terminal (from 0) puts in its header: 12 digits in 2013, 20 in 2019. */
    public String phoneOf(int n, boolean speaks2019) {
        String digits = Long.toString(firstPhone + n);
        return "0".repeat(Math.max(0, (speaks2019 ? 20 : 12) - digits.length())) + digits;
    }

    public boolean speaks2019(int n) {
        return switch (version) {
            case "2019" -> true;
            case "2013" -> false;
            default -> n % 2 == 1;
        };
    }
}
