package io.fleet.dispatch.basemap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A uniform grid over the extract that answers "which features touch this tile" without scanning them all; a
 * feature is listed in every cell its bounding box covers.
 */
final class FeatureIndex {

    private static final int CELLS = 128;

    private final List<MapFeature> features;
    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int[][] cells;

    FeatureIndex(List<MapFeature> features, double minX, double minY, double maxX, double maxY) {
        this.features = features;
        this.minX = minX;
        this.minY = minY;
        this.cellWidth = Math.max(maxX - minX, 1e-9) / CELLS;
        this.cellHeight = Math.max(maxY - minY, 1e-9) / CELLS;
        List<List<Integer>> lists = new ArrayList<>(CELLS * CELLS);
        for (int i = 0; i < CELLS * CELLS; i++) {
            lists.add(new ArrayList<>());
        }
        for (int f = 0; f < features.size(); f++) {
            MapFeature feature = features.get(f);
            for (int cy = cell(feature.minY(), minY, cellHeight); cy <= cell(feature.maxY(), minY, cellHeight); cy++) {
                for (int cx = cell(feature.minX(), minX, cellWidth); cx <= cell(feature.maxX(), minX, cellWidth); cx++) {
                    lists.get(cy * CELLS + cx).add(f);
                }
            }
        }
        cells = new int[CELLS * CELLS][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Features whose bounding box meets the box, in their original (drawing) order, each once. */
    List<MapFeature> query(double qMinX, double qMinY, double qMaxX, double qMaxY) {
        BitSet hits = new BitSet(features.size());
        for (int cy = cell(qMinY, minY, cellHeight); cy <= cell(qMaxY, minY, cellHeight); cy++) {
            for (int cx = cell(qMinX, minX, cellWidth); cx <= cell(qMaxX, minX, cellWidth); cx++) {
                for (int f : cells[cy * CELLS + cx]) {
                    MapFeature feature = features.get(f);
                    if (feature.maxX() >= qMinX && feature.minX() <= qMaxX && feature.maxY() >= qMinY && feature.minY() <= qMaxY) {
                        hits.set(f);
                    }
                }
            }
        }
        List<MapFeature> out = new ArrayList<>(hits.cardinality());
        for (int f = hits.nextSetBit(0); f >= 0; f = hits.nextSetBit(f + 1)) {
            out.add(features.get(f));
        }
        return out;
    }

    private static int cell(double value, double origin, double size) {
        return Math.max(0, Math.min(CELLS - 1, (int) ((value - origin) / size)));
    }
}
