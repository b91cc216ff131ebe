package io.fleet.dispatch.track.store;

/**
 * The grid of {@code track_cell(geom)} (migration V14): cells 0.002 degrees square numbered row by row from
 * (-90, -180). A "near here" search looks up the few cells around the circle in each day partition's cell index
 * ({@code track_cell(geom) = ANY(cells)}: one index descent per cell, the time bounded inside each). Keep the
 * numbers in step with the SQL function.
 */
public final class TrackCells {

    static final double SIZE_DEGREES = 0.002;
    static final long CELLS_PER_ROW = 180_000; // 360 / SIZE_DEGREES
    /** Metres per degree of latitude on the mean sphere; the 1 % margin below covers the spheroid's variation. */
    private static final double METRES_PER_DEGREE = 111_195.0;
    private static final double MARGIN = 1.01;

    private TrackCells() {
    }

    /** The cell of a point, as track_cell computes it (same double arithmetic, so the same floor). */
    public static long cell(double latitude, double longitude) {
        return row(latitude) * CELLS_PER_ROW + column(longitude);
    }

    /**
     * The cells that hold every point within {@code radiusM} of (latitude, longitude): those of the degree box around
     * the circle, in ascending order. Longitudes are clamped at ±180 rather than wrapped (no city lies across the
     * antimeridian).
     */
    public static long[] covering(double latitude, double longitude, double radiusM) {
        double dLat = radiusM / METRES_PER_DEGREE * MARGIN;
        double dLon = radiusM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(Math.min(Math.abs(latitude), 89))))
                * MARGIN;
        long firstRow = row(Math.max(-90, latitude - dLat));
        long lastRow = row(Math.min(90, latitude + dLat));
        long firstColumn = column(Math.max(-180, longitude - dLon));
        long lastColumn = column(Math.min(180, longitude + dLon));
        int columns = (int) (lastColumn - firstColumn + 1);
        long[] cells = new long[(int) (lastRow - firstRow + 1) * columns];
        int i = 0;
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                cells[i++] = row * CELLS_PER_ROW + column;
            }
        }
        return cells;
    }

    private static long row(double latitude) {
        return (long) Math.floor((latitude + 90) / SIZE_DEGREES);
    }

    private static long column(double longitude) {
        return (long) Math.floor((longitude + 180) / SIZE_DEGREES);
    }
}
