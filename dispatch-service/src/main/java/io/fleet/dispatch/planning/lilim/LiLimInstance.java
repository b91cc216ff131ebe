package io.fleet.dispatch.planning.lilim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Li &amp; Lim PDPTW instance as published: first line {@code K Q S} (vehicles, capacity, speed), then one line per
 * node {@code id x y demand earliest latest service pickup delivery}; node 0 is the depot. A pickup has
 * {@code pickup = 0} and names its delivery; a delivery names its pickup.
 */
public record LiLimInstance(String name, int vehicles, int capacity, List<Node> nodes) {

    public record Node(int id, double x, double y, int demand, double earliest, double latest, double service,
            int pickup, int delivery) {

        public boolean isPickup() {
            return id != 0 && pickup == 0;
        }
    }

    public static LiLimInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        String[] head = lines.get(0).split("\\s+");
        if (head.length < 2) {
            throw new IllegalArgumentException(file + ": first line must be 'vehicles capacity speed'");
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\\s+");
            if (f.length < 9) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 9 fields, found " + f.length);
            }
            Node node = new Node(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]));
            if (node.id() != nodes.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": node ids must run 0, 1, 2, …");
            }
            nodes.add(node);
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return new LiLimInstance(name, Integer.parseInt(head[0]), Integer.parseInt(head[1]), List.copyOf(nodes));
    }

    public double distance(int from, int to) {
        Node a = nodes.get(from);
        Node b = nodes.get(to);
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
