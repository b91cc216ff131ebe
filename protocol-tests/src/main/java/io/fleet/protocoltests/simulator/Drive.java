package io.fleet.protocoltests.simulator;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * How one simulated car moves: drive a road leg at a steady speed with the engine on, stop at its end with the engine
 * off for a while, then drive on from there. Positions follow the roads without jumps, and the odometer adds up.
 */
public final class Drive {

    /** A sample of the car: where, heading, speed, engine, odometer. */
    public record Fix(double lat, double lon, double course, double speedKmh, boolean accOn, double odometerKm) {
    }

    private final RoadNetwork roads;
    private final SplittableRandom random;
    private final long minDwellMillis;
    private final long maxDwellMillis;

    private double[] here;
    private Leg leg;
    private long legStartMillis;
    private double speedMps;
    private long dwellUntilMillis;
    private double odometerM;
    private double lastCourse;
    private CompletableFuture<Leg> next;

    public Drive(RoadNetwork roads, SplittableRandom random, long nowMillis, long minDwellMillis, long maxDwellMillis) {
        this.roads = roads;
        this.random = random;
        this.minDwellMillis = minDwellMillis;
        this.maxDwellMillis = maxDwellMillis;
        this.here = roads.randomStartPoint(random);
        this.odometerM = 10_000 + random.nextInt(90_000) * 1000.0; // cars are not new
        // Start some cars parked and some under way, so the demo map is alive at once.
        this.dwellUntilMillis = nowMillis + (random.nextBoolean() ? 0 : random.nextLong(minDwellMillis, maxDwellMillis + 1));
    }

    public Fix sample(long nowMillis) {
        if (leg != null) {
            double travelled = (nowMillis - legStartMillis) / 1000.0 * speedMps;
            if (travelled < leg.lengthM()) {
                double[] p = leg.at(travelled);
                lastCourse = p[2];
                return new Fix(p[0], p[1], p[2], speedMps * 3.6, true, (odometerM + travelled) / 1000);
            }
            odometerM += leg.lengthM();
            here = leg.end();
            leg = null;
            dwellUntilMillis = nowMillis + random.nextLong(minDwellMillis, maxDwellMillis + 1);
        }
        if (next == null) {
            next = roads.planLegFrom(here, random.split()); // planned while parked, off the I/O threads
        }
        if (nowMillis >= dwellUntilMillis && next.isDone()) {
            leg = next.getNow(null);
            next = null;
            if (leg != null) {
                legStartMillis = nowMillis;
                speedMps = (25 + random.nextInt(36)) / 3.6; // 25..60 km/h: town and valley roads
            } else {
                dwellUntilMillis = nowMillis + minDwellMillis; // nowhere to go from here now; try again later
            }
        }
        return new Fix(here[0], here[1], lastCourse, 0, false, odometerM / 1000);
    }
}
