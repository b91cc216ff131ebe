package io.fleet.dispatch.basemap;

import java.nio.file.Path;

import io.fleet.dispatch.routing.MapFiles;

/**
 * Draws every tile of the extract from {@link BaseMap#MIN_ZOOM} up to a zoom into the tile cache ahead of use, so the
 * first look at the map is as fast as any later one (tiles are otherwise drawn on first request).
 * <p>
 * Usage: {@code TilePrerender [EXTRACT [CACHE [MAX_ZOOM]]]} (defaults: FLEET_MAP_OSM or the demo extract,
 * FLEET_MAP_CACHE or var/graph-cache, 14). Runs from the built service:
 * {@code java -cp 'dispatch-service/target/quarkus-app/app/*:dispatch-service/target/quarkus-app/lib/boot/*:dispatch-service/target/quarkus-app/lib/main/*'
 * io.fleet.dispatch.basemap.TilePrerender}
 */
public final class TilePrerender {

    private TilePrerender() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String extract = args.length > 0 ? args[0] : System.getenv().getOrDefault("FLEET_MAP_OSM", "data/osm/andorra.osm.pbf");
        String cache = args.length > 1 ? args[1] : System.getenv().getOrDefault("FLEET_MAP_CACHE", "var/graph-cache");
        int maxZoom = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        long started = System.nanoTime();
        BaseMap map = BaseMap.open(MapFiles.resolve(extract), MapFiles.resolve(cache));
        int tiles = prerender(map, maxZoom);
        System.out.printf("%d tiles of z%d-z%d in %.1f s%n", tiles, BaseMap.MIN_ZOOM, maxZoom, (System.nanoTime() - started) / 1e9);
    }

    /** Renders (or finds already cached) every tile meeting the extract; returns how many. */
    static int prerender(BaseMap map, int maxZoom) {
        int count = 0;
        for (int z = BaseMap.MIN_ZOOM; z <= Math.min(maxZoom, BaseMap.MAX_ZOOM); z++) {
            int n = 1 << z;
            int x0 = (int) Math.floor(WebMercator.x(map.minLon()) * n);
            int x1 = (int) Math.floor(WebMercator.x(map.maxLon()) * n);
            int y0 = (int) Math.floor(WebMercator.y(map.maxLat()) * n);
            int y1 = (int) Math.floor(WebMercator.y(map.minLat()) * n);
            for (int x = x0; x <= x1; x++) {
                for (int y = y0; y <= y1; y++) {
                    map.tile(z, x, y);
                    count++;
                }
            }
        }
        return count;
    }

    static Path tileFile(BaseMap map, int z, int x, int y) {
        return map.tileDirectory().resolve(z + "/" + x + "/" + y + ".png");
    }
}
