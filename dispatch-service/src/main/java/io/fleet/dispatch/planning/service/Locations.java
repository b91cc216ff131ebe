package io.fleet.dispatch.planning.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.routing.LatLon;

/** The distinct places of a plan, numbered in the order first seen; places within ~0.1 m are one. */
final class Locations {

    private final List<LatLon> points = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();

    static long key(LatLon p) {
        return Math.round(p.lat() * 1e6) * 400_000_000L + Math.round(p.lon() * 1e6);
    }

    int add(LatLon p) {
        return index.computeIfAbsent(key(p), k -> {
            points.add(p);
            return points.size() - 1;
        });
    }

    List<LatLon> points() {
        return points;
    }

    int size() {
        return points.size();
    }
}
