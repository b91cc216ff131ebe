package io.fleet.dispatch.routing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.graphhopper.storage.NodeAccess;
import io.fleet.dispatch.routing.LatLon;
import io.fleet.dispatch.routing.NoRouteException;
import io.fleet.dispatch.routing.RoadNetwork;
import io.fleet.dispatch.routing.RoadProfile;
import io.fleet.dispatch.routing.RoadGridOsm;
import io.fleet.dispatch.routing.RoutingEngine;
import io.fleet.dispatch.routing.TravelMatrix;

/**
 * Measures routing on one extract without the Quarkus application: import time, single routes per second (random
 * pairs, CH, with geometry, one thread) and the wall time of a 200×200 travel-time matrix (cache cleared each time,
 * all cores), then the same matrix answered from the cache. Warm-up rounds are run and discarded; medians reported.
 * <p>
 * Usage: {@code RoutingBenchmark EXTRACT|grid:ROWSxCOLS CACHE_DIR [SECONDS_OF_ROUTES [MATRIX_ROUNDS [WARMUPS]]]}
 * (defaults 10, 5, 2) — see docs/benchmarks.md.
 * A plain main rather than JMH: the quantities are whole-request wall times of seconds, where JMH's per-invocation
 * machinery adds nothing, and the graph must be imported once outside any measured loop.
 */
public final class RoutingBenchmark {

    private static final int MATRIX_SIZE = 200;

    private RoutingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[1]);
        Path extract = extract(args[0], cache);
        double routeSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 2;

        long started = System.nanoTime();
        RoadNetwork network = RoadNetwork.open(extract, cache, 200, 1000);
        double openSeconds = (System.nanoTime() - started) / 1e9;
        try (RoutingEngine engine = new RoutingEngine(network, 0, 200_000)) {
            Random random = new Random(42);
            List<LatLon> points = randomRoadPoints(engine, random, 4000);

            double routesPerSecond = routesPerSecond(engine, points, random, routeSeconds);
            double[] cold = new double[rounds];
            double[] warm = new double[rounds];
            int unreachable = 0;
            for (int round = -warmups; round < rounds; round++) {
                List<LatLon> origins = pick(points, random, MATRIX_SIZE);
                List<LatLon> destinations = pick(points, random, MATRIX_SIZE);
                engine.matrix().clearCache();
                long t0 = System.nanoTime();
                TravelMatrix matrix = engine.matrix(RoadProfile.CAR, origins, destinations);
                long t1 = System.nanoTime();
                engine.matrix(RoadProfile.CAR, origins, destinations);
                long t2 = System.nanoTime();
                if (round >= 0) {
                    cold[round] = (t1 - t0) / 1e6;
                    warm[round] = (t2 - t1) / 1e6;
                    unreachable += countNulls(matrix);
                }
            }
            double coldMedian = median(cold);
            System.out.printf(Locale.ROOT, "extract=%s junctions=%d %s=%.1fs cores=%d%n", extract.getFileName(),
                    network.junctions(), network.imported() ? "import" : "load", openSeconds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "routes/s (car, CH, with geometry, 1 thread): %.0f%n", routesPerSecond);
            System.out.printf(Locale.ROOT, "matrix %dx%d (car, cache cleared): median %.0f ms, min %.0f ms, %.0f cells/s; "
                            + "from cache: median %.0f ms; unreachable cells: %d of %d%n",
                    MATRIX_SIZE, MATRIX_SIZE, coldMedian, Arrays.stream(cold).min().orElseThrow(),
                    MATRIX_SIZE * MATRIX_SIZE / (coldMedian / 1000), median(warm), unreachable,
                    rounds * MATRIX_SIZE * MATRIX_SIZE);
        }
    }

    /** An extract path, or "grid:ROWSxCOLS" to write a synthetic grid (once) into the cache directory. */
    private static Path extract(String spec, Path cache) throws Exception {
        if (!spec.startsWith("grid:")) {
            return Path.of(spec);
        }
        String[] size = spec.substring(5).split("x");
        Files.createDirectories(cache);
        Path grid = cache.resolve("grid-" + size[0] + "x" + size[1] + ".osm");
        if (!Files.exists(grid)) {
            RoadGridOsm.main(new String[] {grid.toString(), size[0], size[1]});
        }
        return grid;
    }

    private static double routesPerSecond(RoutingEngine engine, List<LatLon> points, Random random, double seconds) {
        for (int i = 0; i < 2000; i++) { // warm-up
            route(engine, points, random);
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int routes = 0;
        while (System.nanoTime() < end) {
            route(engine, points, random);
            routes++;
        }
        return routes / ((System.nanoTime() - start) / 1e9);
    }

    private static void route(RoutingEngine engine, List<LatLon> points, Random random) {
        try {
            engine.route(RoadProfile.CAR, points.get(random.nextInt(points.size())), points.get(random.nextInt(points.size())));
        } catch (NoRouteException e) {
            // one-way dead ends exist in real extracts; they count as answered queries
        }
    }

    /** Junction coordinates, shifted a little off the road, that snap onto the routable network. */
    public static List<LatLon> randomRoadPoints(RoutingEngine engine, Random random, int count) {
        RoadNetwork network = engine.network();
        NodeAccess nodes = network.hopper().getBaseGraph().getNodeAccess();
        List<LatLon> points = new ArrayList<>(count);
        while (points.size() < count) {
            int node = random.nextInt(network.junctions());
            LatLon p = LatLon.of(nodes.getLat(node) + random.nextGaussian() * 1e-4, nodes.getLon(node) + random.nextGaussian() * 1e-4);
            if (network.snap(RoadProfile.CAR, p).isPresent()) {
                points.add(p);
            }
        }
        return points;
    }

    private static List<LatLon> pick(List<LatLon> points, Random random, int n) {
        List<LatLon> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(points.get(random.nextInt(points.size())));
        }
        return out;
    }

    private static int countNulls(TravelMatrix matrix) {
        int nulls = 0;
        for (Double[] row : matrix.seconds()) {
            for (Double cell : row) {
                nulls += cell == null ? 1 : 0;
            }
        }
        return nulls;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
