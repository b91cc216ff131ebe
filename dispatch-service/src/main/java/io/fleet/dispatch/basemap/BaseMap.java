package io.fleet.dispatch.basemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.fleet.dispatch.routing.ExtractCacheDirectory;
import org.jboss.logging.Logger;

/**
 * The offline base map of one extract: tiles are drawn on first request and kept on disk under
 * {@code <cache>/tiles/<extract>-<hash>/z/x/y.png}, so each is rendered once per extract version (a new extract or
 * renderer version gets a new directory). Tiles that meet no feature are all alike and are not stored.
 */
public final class BaseMap {

    /** Bump when the drawing changes, so cached tiles of the old style are not served. */
    static final String RENDERER_VERSION = "tiles-v1";
    public static final int MIN_ZOOM = 8;
    public static final int MAX_ZOOM = 18;

    private static final Logger LOG = Logger.getLogger(BaseMap.class);

    private final MapData data;
    private final TileRenderer renderer;
    private final Path tiles;
    private final byte[] blank;

    private BaseMap(MapData data, TileRenderer renderer, Path tiles) {
        this.data = data;
        this.renderer = renderer;
        this.tiles = tiles;
        this.blank = renderer.blank();
    }

    public static BaseMap open(Path extract, Path cacheRoot) {
        long started = System.nanoTime();
        MapData data = OsmFeatureReader.read(extract);
        TileRenderer renderer = new TileRenderer(data);
        ExtractCacheDirectory directory = ExtractCacheDirectory.of(cacheRoot.resolve("tiles"), extract,
                RENDERER_VERSION + "|" + renderer.fontFamily());
        directory.removeStaleSiblings();
        LOG.infof("base map of %s: %d features, %d place names, labels in %s, read in %d ms", extract.getFileName(),
                data.features().size(), data.places().size(), renderer.fontFamily(), (System.nanoTime() - started) / 1_000_000);
        return new BaseMap(data, renderer, directory.path());
    }

    /** The PNG of tile z/x/y (slippy-map numbering); callers have checked the numbers are in range. */
    public byte[] tile(int z, int x, int y) {
        if (!touchesExtract(z, x, y)) {
            return blank;
        }
        Path file = tiles.resolve(z + "/" + x + "/" + y + ".png");
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] png = renderer.render(z, x, y);
            store(file, png);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("tile cache " + tiles, e);
        }
    }

    /** Written under a temporary name and moved, so a concurrent reader never sees half a PNG. */
    private static void store(Path file, byte[] png) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "tile", ".tmp");
        Files.write(temp, png);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    boolean touchesExtract(int z, int x, int y) {
        double n = Math.pow(2, z);
        double west = WebMercator.lon(x / n);
        double east = WebMercator.lon((x + 1) / n);
        double north = WebMercator.lat(y / n);
        double south = WebMercator.lat((y + 1) / n);
        return east >= data.minLon() && west <= data.maxLon() && north >= data.minLat() && south <= data.maxLat();
    }

    public double minLat() {
        return data.minLat();
    }

    public double minLon() {
        return data.minLon();
    }

    public double maxLat() {
        return data.maxLat();
    }

    public double maxLon() {
        return data.maxLon();
    }

    public int features() {
        return data.features().size();
    }

    public String labelFont() {
        return renderer.fontFamily();
    }

    Path tileDirectory() {
        return tiles;
    }
}
