package io.fleet.protocoltests.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PointList;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

/**
 * The roads the simulated cars drive: GraphHopper's car graph of the bundled OpenStreetMap extract, cached on disk
 * next to a marker of the extract's size and time so that a changed extract is imported again.
 */
public final class RoadNetwork implements AutoCloseable {

    private final GraphHopper hopper;
    /** Routes are planned here, off the terminals' event loops, so socket I/O never waits for a route. */
    private final ExecutorService planner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "route-planner");
        t.setDaemon(true);
        return t;
    });

    private RoadNetwork(GraphHopper hopper) {
        this.hopper = hopper;
    }

    public static RoadNetwork load(Path extract, Path cacheRoot) throws IOException {
        if (!Files.isRegularFile(extract)) {
            throw new IOException("map extract " + extract.toAbsolutePath() + " not found (--map)");
        }
        String stamp = Files.size(extract) + "-" + Files.getLastModifiedTime(extract).toMillis();
        Path cache = cacheRoot.resolve(extract.getFileName() + "-" + stamp);
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(extract.toString());
        hopper.setGraphHopperLocation(cache.toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        CustomModel car = new CustomModel();
        car.addToPriority(If("!car_access", MULTIPLY, "0"));
        car.addToSpeed(If("true", LIMIT, "car_average_speed"));
        hopper.setProfiles(List.of(new Profile("car").setCustomModel(car)));
        hopper.getCHPreparationHandler().setCHProfiles(List.of(new CHProfile("car")));
        hopper.importOrLoad();
        return new RoadNetwork(hopper);
    }

    /** A point on a road, drawn at random from the graph's junctions. */
    public double[] randomRoadPoint(SplittableRandom random) {
        NodeAccess nodes = hopper.getBaseGraph().getNodeAccess();
        int node = random.nextInt(hopper.getBaseGraph().getNodes());
        return new double[] {nodes.getLat(node), nodes.getLon(node)};
    }

    /**
     * Where a car starts: a junction from which cars can drive. A junction drawn at random may lie on a small road
     * island that routing leaves out; a route from there starts where GraphHopper snaps it, on the main network, which
     * can be kilometres away, and the car would jump there when it first drives off (the platform rightly refuses such
     * a jump). So the start is the first point of a route from a random junction, i.e. already snapped.
     */
    public double[] randomStartPoint(SplittableRandom random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Leg leg = randomLegFrom(randomRoadPoint(random), random);
            if (leg != null) {
                double[] start = leg.at(0);
                return new double[] {start[0], start[1]};
            }
        }
        return randomRoadPoint(random);
    }

    /**
     * A road route from {@code from} to a random junction at least a few hundred metres away, or null when the
     * draws found no connected destination (islands of the graph).
     */
    public Leg randomLegFrom(double[] from, SplittableRandom random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            double[] to = randomRoadPoint(random);
            GHResponse response = hopper.route(new GHRequest(from[0], from[1], to[0], to[1]).setProfile("car"));
            if (response.hasErrors()) {
                continue;
            }
            PointList points = response.getBest().getPoints();
            if (points.size() >= 2 && response.getBest().getDistance() > 300) {
                return Leg.of(points);
            }
        }
        return null;
    }

    /** {@link #randomLegFrom} on the planner thread; {@code random} must be the caller's own (split) generator. */
    public CompletableFuture<Leg> planLegFrom(double[] from, SplittableRandom random) {
        return CompletableFuture.supplyAsync(() -> randomLegFrom(from, random), planner);
    }

    @Override
    public void close() {
        planner.shutdownNow();
        hopper.close();
    }
}
