package io.fleet.dispatch.basemap;

/** A named place (town, village, suburb) drawn as a label from {@code minZoom} on; x, y in Web Mercator 0..1. */
record PlaceLabel(String name, double x, double y, int minZoom) {
}
