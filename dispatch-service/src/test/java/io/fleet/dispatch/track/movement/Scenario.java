package io.fleet.dispatch.track.movement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded-style track built by hand: the car stands, drives or goes silent, one point every 10 s, starting at a
 * given instant and place. Jitter is deterministic (a fixed pattern), so expected segments can be written by hand.
 */
public final class Scenario {

    static final int STEP_S = 10;
    private static final double METRES_PER_DEG_LAT = 111_195;

    private final List<TrackPoint> points = new ArrayList<>();
    private Instant time;
    private double lat;
    private double lon;
    private double odometerKm = 1000;

    public Scenario(Instant start, double lat, double lon) {
        this.time = start;
        this.lat = lat;
        this.lon = lon;
    }

    /** Standing with the engine on or off; jitter moves the reported place by up to jitterM and the speed to 6 km/h
     * every 6th point (GNSS noise), the true place stays. */
    public Scenario stand(int minutes, boolean acc, double jitterM) {
        for (int i = 0; i < minutes * 60 / STEP_S; i++) {
            boolean spike = jitterM > 0 && i % 6 == 3;
            double dy = jitterM * Math.sin(i * 1.7);
            double dx = jitterM * Math.cos(i * 2.3);
            add(lat + dy / METRES_PER_DEG_LAT, lon + dx / metresPerDegLon(), spike ? 6 : 0, acc);
        }
        return this;
    }

    /** Driving north-east at a constant speed, engine on. */
    public Scenario drive(int minutes, double kmh) {
        double stepM = kmh / 3.6 * STEP_S;
        for (int i = 0; i < minutes * 60 / STEP_S; i++) {
            lat += stepM * Math.sqrt(0.5) / METRES_PER_DEG_LAT;
            lon += stepM * Math.sqrt(0.5) / metresPerDegLon();
            odometerKm += stepM / 1000;
            add(lat, lon, kmh, true);
        }
        return this;
    }

    /** The terminal sends nothing (asleep with the engine off, or in a tunnel). */
    public Scenario silent(int minutes) {
        time = time.plusSeconds(minutes * 60L);
        return this;
    }

    /** Driving without reports: the car moves but nothing arrives (a tunnel), distance at the given speed. */
    public Scenario driveUnseen(int minutes, double kmh) {
        double metres = kmh / 3.6 * minutes * 60;
        lat += metres * Math.sqrt(0.5) / METRES_PER_DEG_LAT;
        lon += metres * Math.sqrt(0.5) / metresPerDegLon();
        odometerKm += metres / 1000;
        time = time.plusSeconds(minutes * 60L);
        return this;
    }

    public List<TrackPoint> points() {
        return points;
    }

    private void add(double pointLat, double pointLon, double kmh, boolean acc) {
        points.add(new TrackPoint(time, pointLat, pointLon, kmh, acc, Math.round(odometerKm * 10) / 10.0));
        time = time.plusSeconds(STEP_S);
    }

    private double metresPerDegLon() {
        return METRES_PER_DEG_LAT * Math.cos(Math.toRadians(lat));
    }
}
