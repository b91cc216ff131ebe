package io.fleet.dispatch.routing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes synthetic road grids as OSM XML (GraphHopper reads .osm XML as well as .pbf), for benchmarks on maps larger
 * than the demo extract and for tests that need roads with known shape. Every 10th street is a primary road, every
 * 5th secondary, the rest residential, so routes prefer the faster arteries like in a real city.
 * <p>
 * Usage: {@code RoadGridOsm OUT.osm ROWS COLS [SPACING_METRES]} — 317×317 gives 100,489 junctions.
 */
public final class RoadGridOsm {

    /** A rows×cols grid of junctions whose south-west corner is at (lat, lon). */
    public record Grid(int rows, int cols, double lat, double lon, double spacingMeters) {

        int junctions() {
            return rows * cols;
        }
    }

    private RoadGridOsm() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int cols = Integer.parseInt(args[2]);
        double spacing = args.length > 3 ? Double.parseDouble(args[3]) : 150;
        write(out, List.of(new Grid(rows, cols, 30.2, 120.1, spacing)));
        System.out.printf("wrote %s: %d junctions, %d bytes%n", out, rows * cols, Files.size(out));
    }

    /** Writes the grids into one file; grids that do not touch are separate road networks. */
    public static void write(Path out, List<Grid> grids) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='fleet RoadGridOsm'>\n");
            long firstNode = 1;
            for (Grid grid : grids) {
                writeNodes(w, grid, firstNode);
                firstNode += grid.junctions();
            }
            firstNode = 1;
            long wayId = 1;
            for (Grid grid : grids) {
                wayId = writeWays(w, grid, firstNode, wayId);
                firstNode += grid.junctions();
            }
            w.write("</osm>\n");
        }
    }

    private static void writeNodes(Writer w, Grid grid, long firstNode) throws IOException {
        double dLat = grid.spacingMeters() / 111_320.0;
        double dLon = grid.spacingMeters() / (111_320.0 * Math.cos(Math.toRadians(grid.lat())));
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                w.write(String.format(Locale.ROOT, "<node id='%d' version='1' lat='%.7f' lon='%.7f'/>\n",
                        firstNode + (long) r * grid.cols() + c, grid.lat() + r * dLat, grid.lon() + c * dLon));
            }
        }
    }

    private static long writeWays(Writer w, Grid grid, long firstNode, long wayId) throws IOException {
        for (int r = 0; r < grid.rows(); r++) {
            w.write("<way id='" + wayId++ + "' version='1'>");
            for (int c = 0; c < grid.cols(); c++) {
                w.write("<nd ref='" + (firstNode + (long) r * grid.cols() + c) + "'/>");
            }
            writeTags(w, r, "东西路 " + r);
        }
        for (int c = 0; c < grid.cols(); c++) {
            w.write("<way id='" + wayId++ + "' version='1'>");
            for (int r = 0; r < grid.rows(); r++) {
                w.write("<nd ref='" + (firstNode + (long) r * grid.cols() + c) + "'/>");
            }
            writeTags(w, c, "南北街 " + c);
        }
        return wayId;
    }

    private static void writeTags(Writer w, int index, String name) throws IOException {
        String highway = index % 10 == 0 ? "primary" : index % 5 == 0 ? "secondary" : "residential";
        w.write("<tag k='highway' v='" + highway + "'/><tag k='name' v='" + name + "'/></way>\n");
    }
}
