package io.fleet.dispatch.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.graphhopper.routing.EdgeToEdgeRoutingAlgorithm;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.ch.CHRoutingAlgorithmFactory;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.GHPoint;

/**
 * N×M travel times and distances. GraphHopper's open-source core has no matrix API, so each cell is one fast
 * one-to-one contraction-hierarchy query: all points are snapped once into a single query graph, rows run in
 * parallel on a fixed pool, and finished cells are kept in an LRU cache keyed by the snapped road positions (so a
 * vehicle that has not moved, or two requests at the same address, cost nothing the second time).
 */
public final class TravelTimeMatrix implements AutoCloseable {

    /** Snapped positions are compared at 1e-6° (≈0.1 m). */
    private static final double KEY_SCALE = 1e6;

    private final RoadNetwork network;
    private final ExecutorService pool;
    private final LruCache<PairKey, Cost> cache;

    private record PairKey(RoadProfile profile, long from, long to) {
    }

    private record Cost(double seconds, double metres) {
        static final Cost UNREACHABLE = new Cost(Double.NaN, Double.NaN);
    }

    public TravelTimeMatrix(RoadNetwork network, int threads, int cacheSize) {
        this.network = network;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "travel-matrix-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.cache = new LruCache<>(cacheSize);
    }

    public TravelMatrix compute(RoadProfile profile, List<LatLon> origins, List<LatLon> destinations) {
        List<Snap> originSnaps = snapAll(profile, origins, "origins");
        List<Snap> destinationSnaps = snapAll(profile, destinations, "destinations");
        long[] originKeys = keys(originSnaps);
        long[] destinationKeys = keys(destinationSnaps);

        List<Snap> all = new ArrayList<>(originSnaps);
        all.addAll(destinationSnaps);
        QueryGraph queryGraph = network.queryGraph(all); // turns every snap into a (virtual) node of its own
        CHRoutingAlgorithmFactory factory = network.chFactory(profile, queryGraph);

        Double[][] seconds = new Double[origins.size()][destinations.size()];
        Double[][] metres = new Double[origins.size()][destinations.size()];
        List<Callable<Void>> rows = new ArrayList<>(origins.size());
        for (int i = 0; i < origins.size(); i++) {
            int row = i;
            rows.add(() -> {
                for (int j = 0; j < destinations.size(); j++) {
                    PairKey key = new PairKey(profile, originKeys[row], destinationKeys[j]);
                    Cost cost = cache.get(key);
                    if (cost == null) {
                        cost = query(factory, originSnaps.get(row).getClosestNode(), destinationSnaps.get(j).getClosestNode());
                        cache.put(key, cost);
                    }
                    seconds[row][j] = Double.isNaN(cost.seconds()) ? null : cost.seconds();
                    metres[row][j] = Double.isNaN(cost.metres()) ? null : cost.metres();
                }
                return null;
            });
        }
        runAll(rows);
        return new TravelMatrix(profile, seconds, metres);
    }

    private static Cost query(CHRoutingAlgorithmFactory factory, int from, int to) {
        if (from == to) {
            return new Cost(0, 0);
        }
        EdgeToEdgeRoutingAlgorithm algorithm = factory.createAlgo(new PMap());
        Path path = algorithm.calcPath(from, to);
        return path.isFound() ? new Cost(path.getTime() / 1000.0, path.getDistance()) : Cost.UNREACHABLE;
    }

    private List<Snap> snapAll(RoadProfile profile, List<LatLon> points, String field) {
        List<Snap> snaps = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            LatLon point = points.get(i);
            String name = field + "[" + i + "]";
            snaps.add(network.snap(profile, point)
                    .orElseThrow(() -> new OffMapException(name, point, network.maxSnapDistance())));
        }
        return snaps;
    }

    private static long[] keys(List<Snap> snaps) {
        long[] keys = new long[snaps.size()];
        for (int i = 0; i < keys.length; i++) {
            GHPoint p = snaps.get(i).getSnappedPoint();
            keys[i] = (Math.round(p.lat * KEY_SCALE) << 32) ^ (Math.round(p.lon * KEY_SCALE) & 0xffffffffL);
        }
        return keys;
    }

    private void runAll(List<Callable<Void>> tasks) {
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("travel-time matrix interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("travel-time matrix failed", e.getCause());
        }
    }

    /** Cached origin/destination pairs (for tests and metrics). */
    public int cachedPairs() {
        return cache.size();
    }

    public void clearCache() {
        cache.clear();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
