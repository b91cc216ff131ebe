package io.fleet.dispatch.basemap;

import java.util.List;

/**
 * What the console needs to show the base map: the extract's extent, zoom range, the tile URL, the attribution the
 * ODbL requires, and the online layers this installation allows (none unless configured).
 */
public record MapInfo(double[] bounds, double[] centre, int minZoom, int maxZoom, String tiles, String attribution,
        String labelFont, List<OnlineLayer> online) {

    /** An optional online base layer; {@code crs} is "WGS84" or "GCJ02" (the console shifts overlays for the latter). */
    public record OnlineLayer(String name, String url, String crs, List<String> subdomains, String attribution) {
    }
}
