package io.fleet.dispatch.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiles drawn from the real Monaco extract. */
class BaseMapTest {

    static final Path MONACO = Path.of("src/test/resources/osm/monaco.osm.gz");
    static BaseMap map;

    @BeforeAll
    static void open(@TempDir Path cache) {
        System.setProperty("java.awt.headless", "true");
        map = BaseMap.open(MONACO, cache);
    }

    @Test
    void readsRoadsBuildingsAndTheExtentOfTheExtract() {
        assertThat(map.features()).isGreaterThan(1000);
        assertThat(map.minLat()).isBetween(43.70, 43.74);
        assertThat(map.maxLat()).isBetween(43.74, 43.78);
        assertThat(map.minLon()).isBetween(7.38, 7.42);
        assertThat(map.maxLon()).isBetween(7.42, 7.46);
    }

    @Test
    void aTileOverTheCityShowsRoadsAndIsKeptOnDisk() throws Exception {
        int z = 16;
        int x = tileX(7.4246, z);
        int y = tileY(43.7384, z);

        byte[] png = map.tile(z, x, y);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(colours(image)).as("land, roads, casings, buildings, labels").hasSizeGreaterThan(20);
        assertThat(share(image, TileRenderer.LAND.getRGB())).as("not bare land").isLessThan(0.9);
        assertThat(share(image, 0xffffffff)).as("white street fills").isGreaterThan(0.01);
        Path stored = map.tileDirectory().resolve(z + "/" + x + "/" + y + ".png");
        assertThat(stored).exists();
        assertThat(Files.readAllBytes(stored)).isEqualTo(png);
        assertThat(map.tile(z, x, y)).isEqualTo(png);
    }

    @Test
    void tilesAwayFromTheExtractAreBareLandAndNotStored() throws Exception {
        int z = 12;
        int x = tileX(116.39, z); // Beijing
        int y = tileY(39.9, z);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(map.tile(z, x, y)));

        assertThat(colours(image)).containsExactly(TileRenderer.LAND.getRGB());
        assertThat(map.tileDirectory().resolve(z + "/" + x + "/" + y + ".png")).doesNotExist();
    }

    @Test
    void prerenderingStoresEveryTileOfTheExtract() throws Exception {
        int tiles = TilePrerender.prerender(map, 13);

        int stored = 0;
        for (int z = BaseMap.MIN_ZOOM; z <= 13; z++) {
            Path level = map.tileDirectory().resolve(String.valueOf(z));
            try (var files = Files.walk(level)) {
                stored += (int) files.filter(p -> p.toString().endsWith(".png")).count();
            }
        }
        assertThat(tiles).isGreaterThan(6);
        assertThat(stored).isEqualTo(tiles);
        assertThat(TilePrerender.tileFile(map, 13, tileX(7.4246, 13), tileY(43.7384, 13))).exists();
    }

    @Test
    void roadWidthGrowsWithZoomWithinLimits() {
        assertThat(TileRenderer.width(FeatureKind.PRIMARY, 18)).isGreaterThan(TileRenderer.width(FeatureKind.PRIMARY, 14));
        assertThat(TileRenderer.width(FeatureKind.SERVICE, 8)).isEqualTo(0.6f);
    }

    static int tileX(double lon, int z) {
        return (int) Math.floor(WebMercator.x(lon) * (1 << z));
    }

    static int tileY(double lat, int z) {
        return (int) Math.floor(WebMercator.y(lat) * (1 << z));
    }

    static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                colours.add(image.getRGB(px, py));
            }
        }
        return colours;
    }

    static double share(BufferedImage image, int rgb) {
        int count = 0;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                count += image.getRGB(px, py) == rgb ? 1 : 0;
            }
        }
        return count / (double) (image.getWidth() * image.getHeight());
    }
}
