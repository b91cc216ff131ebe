package io.fleet.dispatch.routing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The road routing every part of the service uses for travel times and routes (dispatch proposals, supervision's
 * planned-versus-driven comparison, the REST API). Loads the graph at start-up, in the background when configured,
 * and answers 503 until it is ready; {@link RoutingHealthCheck} reports the same state.
 */
@ApplicationScoped
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);

    public enum State { IMPORTING, READY, FAILED }

    private final MapConfig config;
    private final AtomicReference<RoutingEngine> engine = new AtomicReference<>();
    private volatile State state = State.IMPORTING;
    private volatile String failure;

    RoutingService(MapConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        StartupLoad.run(config, "road-graph-import", this::load);
    }

    private void load() {
        Path extract = MapFiles.resolve(config.osm());
        Path cache = MapFiles.resolve(config.cache());
        try {
            RoadNetwork network = RoadNetwork.open(extract, cache, config.minNetworkSize(), config.maxSnapDistance());
            engine.set(new RoutingEngine(network, config.matrixThreads(), config.matrixCacheSize()));
            state = State.READY;
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            state = State.FAILED;
            LOG.errorf(e, "road graph of %s could not be loaded", extract);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        RoutingEngine loaded = engine.getAndSet(null);
        if (loaded != null) {
            loaded.close();
        }
    }

    public State state() {
        return state;
    }

    public String failure() {
        return failure;
    }

    public Route route(RoadProfile profile, LatLon from, LatLon to) {
        return ready().route(profile, from, to);
    }

    public TravelMatrix matrix(RoadProfile profile, List<LatLon> origins, List<LatLon> destinations) {
        return ready().matrix(profile, origins, destinations);
    }

    public SnappedPoint snap(RoadProfile profile, LatLon point) {
        return ready().snap(profile, point);
    }

    public MatchedTrack match(RoadProfile profile, List<LatLon> track, Double gpsErrorMeters, String field) {
        return ready().match(profile, track, gpsErrorMeters, field);
    }

    /** The loaded engine, for callers that need the network itself (the base map reads its bounds). */
    public RoutingEngine ready() {
        RoutingEngine loaded = engine.get();
        if (loaded == null) {
            String detail = state == State.FAILED ? "the road map failed to load: " + failure
                    : "the road map is still being imported; retry shortly";
            throw new ProblemException(new Problem("urn:fleet:problem:routing-unavailable", "Routing unavailable", 503,
                    detail, null));
        }
        return loaded;
    }
}
