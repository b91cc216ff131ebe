package io.fleet.dispatch.track.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fleet.dispatch.track.Geo;

/**
 * Refuses a point that the vehicle could only reach from its previous point faster than any car drives. Compares each
 * point with the latest accepted point of the vehicle when it is newer (live data), and with the previous point of
 * the same batch otherwise (a backfill of old points). A single glitch must not poison what follows: when a point
 * jumps from the last accepted one but is consistent with the last refused one, the refused one was a real move
 * (a car carried on a truck, a long tunnel) and the new point is accepted. Memory only: after a restart the first
 * point of each vehicle is not jump-checked.
 */
public final class JumpFilter {

    /** Below this distance a fast-looking pair is GNSS noise over a short interval, not a jump. */
    static final double MIN_JUMP_METRES = 1000;

    private final double maxKmh;
    private final Map<Long, Fix> lastAccepted = new ConcurrentHashMap<>();
    private final Map<Long, Fix> lastRefused = new ConcurrentHashMap<>();

    public JumpFilter(double maxKmh) {
        this.maxKmh = maxKmh;
    }

    /**
     * Decides on one point; {@code batchPrevious} is the previous accepted point of this vehicle in the batch being
     * processed (points sorted by fix time), or null. Returns the refusal detail, or null when accepted.
     */
    public String check(long vehicleId, Fix point, Fix batchPrevious) {
        Fix last = lastAccepted.get(vehicleId);
        Fix reference = last != null && last.epochMillis() < point.epochMillis() ? last : batchPrevious;
        if (reference == null || !jumps(reference, point)) {
            accept(vehicleId, point, last);
            return null;
        }
        Fix refused = lastRefused.get(vehicleId);
        if (refused != null && refused.epochMillis() < point.epochMillis() && !jumps(refused, point)) {
            lastRefused.remove(vehicleId);
            accept(vehicleId, point, last);
            return null;
        }
        lastRefused.put(vehicleId, point);
        double metres = reference.metresTo(point);
        return String.format("%.0f m in %d s from the point at %d", metres,
                (point.epochMillis() - reference.epochMillis()) / 1000, reference.epochMillis());
    }

    private void accept(long vehicleId, Fix point, Fix last) {
        if (last == null || last.epochMillis() < point.epochMillis()) {
            lastAccepted.put(vehicleId, point);
        }
    }

    private boolean jumps(Fix from, Fix to) {
        double metres = from.metresTo(to);
        return metres > MIN_JUMP_METRES
                && Geo.impliedKmh(metres, Math.abs(to.epochMillis() - from.epochMillis())) > maxKmh;
    }

    /** A fix reduced to what the check needs. */
    public record Fix(long epochMillis, double latitude, double longitude) {
        double metresTo(Fix other) {
            return Geo.metres(latitude, longitude, other.latitude, other.longitude);
        }
    }
}
