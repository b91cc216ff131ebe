package io.fleet.dispatch.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void matchesTheSlippyMapTileNumbersOfKnownPlaces() {
        // Hangzhou's West Lake at zoom 12 is tile 3415/1686 by the OpenStreetMap wiki's formula
        // (x = (lon + 180) / 360 · 2^z, y = (1 − ln(tan φ + sec φ) / π) / 2 · 2^z), computed independently.
        assertThat((int) (WebMercator.x(120.15) * 4096)).isEqualTo(3415);
        assertThat((int) (WebMercator.y(30.25) * 4096)).isEqualTo(1686);
        assertThat(WebMercator.y(0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void inverseRecoversTheCoordinates() {
        assertThat(WebMercator.lat(WebMercator.y(42.5063))).isCloseTo(42.5063, within(1e-9));
        assertThat(WebMercator.lon(WebMercator.x(1.5218))).isCloseTo(1.5218, within(1e-9));
    }
}
