package io.fleet.dispatch.basemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;

/**
 * Reads the drawable ways and place names of an extract with GraphHopper's OSM reader (.pbf, .osm, .osm.gz) in two
 * passes: ways first (an extract lists nodes before ways, so their ids are collected before coordinates are kept),
 * then only the nodes those ways use. Multipolygon relations are not assembled: large lakes and forests mapped only
 * as relations are left out (see docs/maps.md).
 */
final class OsmFeatureReader {

    private record PendingWay(FeatureKind kind, String name, LongArrayList nodes) {
    }

    private OsmFeatureReader() {
    }

    static MapData read(Path extract) {
        List<PendingWay> ways = new ArrayList<>();
        LongIntHashMap nodeIndex = new LongIntHashMap();
        each(extract, new SkipOptions(true, false, true), element -> {
            if (element instanceof ReaderWay way && way.getNodes().size() >= 2) {
                FeatureKind kind = FeatureKind.of(way.getTags());
                if (kind != null) {
                    ways.add(new PendingWay(kind, name(way.getTags()), way.getNodes()));
                    for (int i = 0; i < way.getNodes().size(); i++) {
                        nodeIndex.put(way.getNodes().get(i), -1);
                    }
                }
            }
        });

        double[][] coordinates = new double[2][nodeIndex.size()];
        double[] extent = {90, 180, -90, -180};
        List<PlaceLabel> places = new ArrayList<>();
        int[] next = {0};
        each(extract, new SkipOptions(false, true, true), element -> {
            if (element instanceof ReaderNode node) {
                int slot = nodeIndex.indexOf(node.getId());
                if (nodeIndex.indexExists(slot)) {
                    // The extent of what is drawn: extracts carry stray nodes of relations far outside their area.
                    extent[0] = Math.min(extent[0], node.getLat());
                    extent[1] = Math.min(extent[1], node.getLon());
                    extent[2] = Math.max(extent[2], node.getLat());
                    extent[3] = Math.max(extent[3], node.getLon());
                    coordinates[0][next[0]] = WebMercator.x(node.getLon());
                    coordinates[1][next[0]] = WebMercator.y(node.getLat());
                    nodeIndex.indexReplace(slot, next[0]++);
                }
                PlaceLabel place = place(node);
                if (place != null) {
                    places.add(place);
                }
            }
        });

        List<MapFeature> features = new ArrayList<>(ways.size());
        for (PendingWay way : ways) {
            MapFeature feature = feature(way, nodeIndex, coordinates);
            if (feature != null) {
                features.add(feature);
            }
        }
        return new MapData(List.copyOf(features), List.copyOf(places), extent[0], extent[1], extent[2], extent[3]);
    }

    /** Null when the extract was clipped so that fewer than two of the way's nodes are in it. */
    private static MapFeature feature(PendingWay way, LongIntHashMap nodeIndex, double[][] coordinates) {
        int n = way.nodes().size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int at = nodeIndex.getOrDefault(way.nodes().get(i), -1);
            if (at >= 0) {
                xs[kept] = coordinates[0][at];
                ys[kept++] = coordinates[1][at];
            }
        }
        if (kept < 2) {
            return null;
        }
        return MapFeature.of(way.kind(), way.name(), java.util.Arrays.copyOf(xs, kept), java.util.Arrays.copyOf(ys, kept));
    }

    private static PlaceLabel place(ReaderNode node) {
        Object place = node.getTags().get("place");
        String name = name(node.getTags());
        if (place == null || name == null) {
            return null;
        }
        int minZoom = switch (place.toString()) {
            case "city" -> 8;
            case "town" -> 10;
            case "village", "suburb" -> 12;
            case "hamlet", "neighbourhood", "quarter" -> 14;
            default -> -1;
        };
        return minZoom < 0 ? null : new PlaceLabel(name, WebMercator.x(node.getLon()), WebMercator.y(node.getLat()), minZoom);
    }

    /** The Chinese name when mapped (name:zh), else the local one: the console's users read Chinese first. */
    static String name(Map<String, Object> tags) {
        Object zh = tags.get("name:zh");
        Object name = zh != null ? zh : tags.get("name");
        return name == null ? null : name.toString();
    }

    private static void each(Path extract, SkipOptions skip, Consumer<ReaderElement> action) {
        try (OSMInputFile input = new OSMInputFile(extract.toFile()).setWorkerThreads(2).setSkipOptions(skip).open()) {
            ReaderElement element;
            while ((element = input.getNext()) != null) {
                action.accept(element);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map extract " + extract, e);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException("cannot parse the map extract " + extract, e);
        }
    }
}
