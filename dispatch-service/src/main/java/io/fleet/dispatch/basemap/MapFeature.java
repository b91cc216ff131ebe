package io.fleet.dispatch.basemap;

/**
 * One drawable way in Web Mercator world coordinates (0..1 on both axes, y downwards), with its bounding box for
 * the tile index. Doubles, not floats: at zoom 18 the world is 67 million pixels wide.
 */
record MapFeature(FeatureKind kind, String name, double[] xs, double[] ys,
        double minX, double minY, double maxX, double maxY) {

    static MapFeature of(FeatureKind kind, String name, double[] xs, double[] ys) {
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new MapFeature(kind, name, xs, ys, minX, minY, maxX, maxY);
    }
}
