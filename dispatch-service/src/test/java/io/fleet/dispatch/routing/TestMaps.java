package io.fleet.dispatch.routing;

import java.nio.file.Path;

/** The small real extract tests route on, opened once per JVM and shared (Monaco imports in about a second). */
final class TestMaps {

    static final Path MONACO = Path.of("src/test/resources/osm/monaco.osm.gz");
    static final Path CACHE = Path.of("target/routing-test-cache");

    private static RoutingEngine monaco;

    private TestMaps() {
    }

    static synchronized RoutingEngine monaco() {
        if (monaco == null) {
            monaco = new RoutingEngine(RoadNetwork.open(MONACO, CACHE, 200, 1000), 2, 10_000);
        }
        return monaco;
    }
}
