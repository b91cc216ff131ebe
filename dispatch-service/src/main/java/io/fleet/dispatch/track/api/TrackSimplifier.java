package io.fleet.dispatch.track.api;

import java.util.ArrayList;
import java.util.List;

import io.fleet.dispatch.track.store.TrackPointView;

/**
 * Douglas–Peucker with a tolerance in metres, on a local equirectangular projection (exact enough over a day's
 * track). Done here rather than with ST_Simplify so the kept points keep their times and speeds.
 */
final class TrackSimplifier {

    private TrackSimplifier() {
    }

    static List<TrackPointView> simplify(List<TrackPointView> points, double toleranceM) {
        if (toleranceM <= 0 || points.size() < 3) {
            return points;
        }
        double lat0 = Math.toRadians(points.get(0).latitude());
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = Math.toRadians(points.get(i).longitude()) * Math.cos(lat0) * 6_371_008.8;
            y[i] = Math.toRadians(points.get(i).latitude()) * 6_371_008.8;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        List<int[]> stack = new ArrayList<>();
        stack.add(new int[] {0, points.size() - 1});
        while (!stack.isEmpty()) {
            int[] range = stack.remove(stack.size() - 1);
            int farthest = -1;
            double max = toleranceM;
            for (int i = range[0] + 1; i < range[1]; i++) {
                double d = distanceToSegment(x[i], y[i], x[range[0]], y[range[0]], x[range[1]], y[range[1]]);
                if (d > max) {
                    max = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                stack.add(new int[] {range[0], farthest});
                stack.add(new int[] {farthest, range[1]});
            }
        }
        List<TrackPointView> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
