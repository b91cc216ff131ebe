package io.fleet.dispatch.routing;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the road map comes from and how routing uses it; application.properties maps each key to an environment
 * variable (see the "# Maps" section there and docs/maps.md).
 */
@ConfigMapping(prefix = "fleet.map")
public interface MapConfig {

    /** The OpenStreetMap extract (.osm.pbf, .osm or .osm.gz); FLEET_MAP_OSM. Relative paths resolve against the repo root. */
    @WithDefault("data/osm/andorra.osm.pbf")
    String osm();

    /** Root of the graph and tile caches; FLEET_MAP_CACHE. One sub-directory per extract version and settings. */
    @WithDefault("var/graph-cache")
    String cache();

    /** Import in the background so the service answers (and reports routing DOWN) while a large extract imports. */
    @WithDefault("true")
    boolean importInBackground();

    /** How far (metres) a point may be from a road before it counts as off the map. */
    @WithDefault("1000")
    double maxSnapDistance();

    /** Road components with fewer junctions than this are dropped from snapping (GraphHopper's min network size). */
    @WithDefault("200")
    int minNetworkSize();

    /** Threads computing travel-time matrices; 0 means the number of cores. */
    @WithDefault("0")
    int matrixThreads();

    /** Tianditu (天地图) API key; when set the console offers Tianditu's online layers. FLEET_MAP_TIANDITU_KEY. */
    Optional<String> tiandituKey();

    /**
     * URL template ({z}/{x}/{y}) of an online GCJ-02 tile source such as AutoNavi; when set the console offers it and
     * shifts what it draws from WGS-84 to GCJ-02 while that layer is shown. FLEET_MAP_GCJ02_TILES.
     */
    Optional<String> gcj02Tiles();

    /** Entries of the travel-time cache (origin/destination road positions → seconds, metres). */
    @WithDefault("200000")
    int matrixCacheSize();
}
