package io.fleet.dispatch.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ch.CHRoutingAlgorithmFactory;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import org.jboss.logging.Logger;

/**
 * One imported road graph (GraphHopper, contraction hierarchies for every {@link RoadProfile}) and the snapping
 * rules shared by routes, matrices and map matching. Plain Java: tests and benchmarks use it without Quarkus.
 */
public final class RoadNetwork implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RoadNetwork.class);

    private final GraphHopper hopper;
    private final Path extract;
    private final ExtractCacheDirectory cache;
    private final double maxSnapDistance;
    private final boolean imported;
    private final Map<RoadProfile, Weighting> weightings = new EnumMap<>(RoadProfile.class);
    private final Map<RoadProfile, EdgeFilter> snapFilters = new EnumMap<>(RoadProfile.class);

    private RoadNetwork(GraphHopper hopper, Path extract, ExtractCacheDirectory cache, double maxSnapDistance,
            boolean imported) {
        this.hopper = hopper;
        this.imported = imported;
        this.extract = extract;
        this.cache = cache;
        this.maxSnapDistance = maxSnapDistance;
        for (RoadProfile profile : RoadProfile.values()) {
            Weighting weighting = hopper.createWeighting(hopper.getProfile(profile.key()), new PMap());
            weightings.put(profile, weighting);
            snapFilters.put(profile, new DefaultSnapFilter(weighting,
                    hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.key()))));
        }
    }

    /** Loads the cached graph of this extract, or imports it (minutes for a large city, a second for Monaco). */
    public static RoadNetwork open(Path extract, Path cacheRoot, int minNetworkSize, double maxSnapDistance) {
        if (!Files.isReadable(extract)) {
            throw new IllegalArgumentException("map extract not found: " + extract.toAbsolutePath()
                    + " (set FLEET_MAP_OSM to an .osm.pbf file)");
        }
        ExtractCacheDirectory cache = ExtractCacheDirectory.of(cacheRoot, extract,
                RoadProfile.fingerprint() + "|min-network=" + minNetworkSize);
        cache.discardIfIncomplete();
        boolean importing = !cache.isComplete();
        long started = System.nanoTime();

        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(extract.toString());
        hopper.setGraphHopperLocation(cache.path().toString());
        hopper.setEncodedValuesString(RoadProfile.ENCODED_VALUES);
        hopper.setProfiles(RoadProfile.graphHopperProfiles());
        hopper.setMinNetworkSize(minNetworkSize);
        hopper.getCHPreparationHandler().setCHProfiles(RoadProfile.chProfiles());
        try {
            hopper.importOrLoad();
        } catch (RuntimeException e) {
            hopper.close();
            throw e;
        }
        if (importing) {
            cache.markComplete();
            cache.removeStaleSiblings();
        }
        LOG.infof("road graph %s %s in %d ms from %s (%d junctions, %d road segments)",
                cache.path().getFileName(), importing ? "imported" : "loaded", (System.nanoTime() - started) / 1_000_000,
                extract, hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
        return new RoadNetwork(hopper, extract, cache, maxSnapDistance, importing);
    }

    /** The road position nearest to {@code point} that this profile may use, if within the snap distance. */
    public Optional<Snap> snap(RoadProfile profile, LatLon point) {
        if (!bounds().contains(point.lat(), point.lon())) {
            return Optional.empty();
        }
        Snap snap = hopper.getLocationIndex().findClosest(point.lat(), point.lon(), snapFilters.get(profile));
        if (!snap.isValid() || snap.getQueryDistance() > maxSnapDistance) {
            return Optional.empty();
        }
        return Optional.of(snap);
    }

    /**
     * A contraction-hierarchy algorithm factory over a query graph holding the given (fresh) snaps as virtual
     * nodes. The graph is read-only afterwards, so threads may each create their own algorithm from it.
     */
    CHRoutingAlgorithmFactory chFactory(RoadProfile profile, QueryGraph queryGraph) {
        RoutingCHGraph ch = hopper.getCHGraphs().get(profile.key());
        return new CHRoutingAlgorithmFactory(ch, queryGraph);
    }

    QueryGraph queryGraph(List<Snap> snaps) {
        return QueryGraph.create(hopper.getBaseGraph(), snaps);
    }

    Weighting weighting(RoadProfile profile) {
        return weightings.get(profile);
    }

    public GraphHopper hopper() {
        return hopper;
    }

    public BBox bounds() {
        return hopper.getBaseGraph().getBounds();
    }

    public Path extract() {
        return extract;
    }

    public Path cacheDirectory() {
        return cache.path();
    }

    /** Whether this start imported the extract (true) or loaded a cached graph (false). */
    public boolean imported() {
        return imported;
    }

    public int junctions() {
        return hopper.getBaseGraph().getNodes();
    }

    public double maxSnapDistance() {
        return maxSnapDistance;
    }

    @Override
    public void close() {
        hopper.close();
    }
}
