package io.fleet.dispatch.basemap;

import java.awt.Color;
import java.util.Map;

/**
 * What the base map draws, in drawing order (areas first, then waterways, rail and roads from minor to major, so
 * that big roads lie on top). Colours follow the muted look of common Chinese web maps so tracks stand out on it.
 */
enum FeatureKind {
    LANDUSE_GREEN(true, new Color(0xd8ecc8), null, 0, 11),
    LANDUSE_URBAN(true, new Color(0xefe9e1), null, 0, 12),
    WATER(true, new Color(0xaad3f5), null, 0, 8),
    BUILDING(true, new Color(0xded6cc), new Color(0xc9beb1), 0.5f, 15),
    WATERWAY(false, null, new Color(0xaad3f5), 1.5f, 12),
    RAIL(false, null, new Color(0x9a9a9a), 1.2f, 12),
    PATH(false, null, new Color(0xd0c8bf), 0.8f, 16),
    SERVICE(false, null, new Color(0xffffff), 1.5f, 15),
    MINOR(false, null, new Color(0xffffff), 2.5f, 13),
    TERTIARY(false, null, new Color(0xfffbe8), 3.5f, 11),
    SECONDARY(false, null, new Color(0xfdf0b2), 4f, 9),
    PRIMARY(false, null, new Color(0xfcd98c), 4.5f, 8),
    TRUNK(false, null, new Color(0xf9b46b), 5f, 6),
    MOTORWAY(false, null, new Color(0xf59a5b), 5.5f, 5);

    final boolean area;
    final Color fill;
    final Color stroke;
    /** Line width in pixels at zoom 16; thinner below, wider above. */
    final float width;
    final int minZoom;

    FeatureKind(boolean area, Color fill, Color stroke, float width, int minZoom) {
        this.area = area;
        this.fill = fill;
        this.stroke = stroke;
        this.width = width;
        this.minZoom = minZoom;
    }

    boolean isRoad() {
        return ordinal() >= SERVICE.ordinal();
    }

    private static final Map<String, FeatureKind> HIGHWAYS = Map.ofEntries(
            Map.entry("motorway", MOTORWAY), Map.entry("motorway_link", MOTORWAY),
            Map.entry("trunk", TRUNK), Map.entry("trunk_link", TRUNK),
            Map.entry("primary", PRIMARY), Map.entry("primary_link", PRIMARY),
            Map.entry("secondary", SECONDARY), Map.entry("secondary_link", SECONDARY),
            Map.entry("tertiary", TERTIARY), Map.entry("tertiary_link", TERTIARY),
            Map.entry("residential", MINOR), Map.entry("unclassified", MINOR), Map.entry("living_street", MINOR),
            Map.entry("road", MINOR), Map.entry("service", SERVICE), Map.entry("track", PATH),
            Map.entry("pedestrian", PATH), Map.entry("footway", PATH), Map.entry("cycleway", PATH),
            Map.entry("path", PATH), Map.entry("steps", PATH));

    /** The kind of an OSM way from its tags, or null when the base map does not draw it. */
    static FeatureKind of(Map<String, Object> tags) {
        Object highway = tags.get("highway");
        if (highway != null) {
            FeatureKind road = HIGHWAYS.get(highway.toString());
            if (road != null && !"yes".equals(tags.get("area"))) {
                return road;
            }
        }
        if (tags.containsKey("building")) {
            return BUILDING;
        }
        if ("water".equals(tags.get("natural")) || tags.containsKey("water") || "riverbank".equals(tags.get("waterway"))
                || "reservoir".equals(tags.get("landuse")) || "basin".equals(tags.get("landuse"))) {
            return WATER;
        }
        Object waterway = tags.get("waterway");
        if ("river".equals(waterway) || "stream".equals(waterway) || "canal".equals(waterway)) {
            return WATERWAY;
        }
        if ("rail".equals(tags.get("railway"))) {
            return RAIL;
        }
        Object landuse = tags.get("landuse");
        Object leisure = tags.get("leisure");
        Object natural = tags.get("natural");
        if ("forest".equals(landuse) || "grass".equals(landuse) || "meadow".equals(landuse) || "park".equals(leisure)
                || "wood".equals(natural) || "scrub".equals(natural) || "grassland".equals(natural)
                || "recreation_ground".equals(landuse)) {
            return LANDUSE_GREEN;
        }
        if ("residential".equals(landuse) || "commercial".equals(landuse) || "retail".equals(landuse)
                || "industrial".equals(landuse)) {
            return LANDUSE_URBAN;
        }
        return null;
    }
}
