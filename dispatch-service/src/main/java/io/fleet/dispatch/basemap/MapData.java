package io.fleet.dispatch.basemap;

import java.util.List;

/** What the base map draws from one extract, and the extract's extent in degrees. */
record MapData(List<MapFeature> features, List<PlaceLabel> places,
        double minLat, double minLon, double maxLat, double maxLon) {
}
