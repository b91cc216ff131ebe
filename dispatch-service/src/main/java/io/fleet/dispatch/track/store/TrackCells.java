package io.fleet.dispatch.track.store;

/**
 * The grid of {@code track_cell(geom)} (migration V14): cells 0.002 degrees square numbered row by row from
 * (-90, -180). A circle is covered by one range of consecutive cell numbers per row it touches, so a "near here"
 * search is a handful of index range scans per day partition. Keep the numbers in step with the SQL function.
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
     * The cell ranges that hold every point within {@code radiusM} of (latitude, longitude): the degree box around
     * the circle, row by row. Longitudes are clamped at ±180 rather than wrapped (no city lies across the
     * antimeridian).
     */
    public static Ranges covering(double latitude, double longitude, double radiusM) {
        double dLat = radiusM / METRES_PER_DEGREE * MARGIN;
        double dLon = radiusM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(Math.min(Math.abs(latitude), 89))))
                * MARGIN;
        long firstRow = row(Math.max(-90, latitude - dLat));
        long lastRow = row(Math.min(90, latitude + dLat));
        long firstColumn = column(Math.max(-180, longitude - dLon));
        long lastColumn = column(Math.min(180, longitude + dLon));
        int rows = (int) (lastRow - firstRow + 1);
        long[] lows = new long[rows];
        long[] highs = new long[rows];
        for (int i = 0; i < rows; i++) {
            long base = (firstRow + i) * CELLS_PER_ROW;
            lows[i] = base + firstColumn;
            highs[i] = base + lastColumn;
        }
        return new Ranges(lows, highs);
    }

    private static long row(double latitude) {
        return (long) Math.floor((latitude + 90) / SIZE_DEGREES);
    }

    private static long column(double longitude) {
        return (long) Math.floor((longitude + 180) / SIZE_DEGREES);
    }

    /** Inclusive ranges of cell numbers, {@code lows[i]..highs[i]}, one per row, as SQL array parameters. */
    public record Ranges(long[] lows, long[] highs) {

        public Long[] boxedLows() {
            return java.util.Arrays.stream(lows).boxed().toArray(Long[]::new);
        }

        public Long[] boxedHighs() {
            return java.util.Arrays.stream(highs).boxed().toArray(Long[]::new);
        }
    }
}
