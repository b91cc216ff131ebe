package io.fleet.dispatch.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Draws 256-pixel PNG tiles of the slippy-map scheme (z/x/y, Web Mercator) with Java2D: land, green and urban
 * areas, water, buildings from zoom 15, roads with casings, place names, and street names from zoom 16. Labels use
 * a CJK font when one is installed (Debian: fonts-noto-cjk) so Chinese names render; otherwise the JVM's sans-serif.
 */
final class TileRenderer {

    static final int SIZE = 256;
    static final Color LAND = new Color(0xf5f3ef);
    private static final Color CASING = new Color(0xbfb5a8);
    private static final Color LABEL = new Color(0x333333);
    private static final double MARGIN_PX = 48;
    private static final String[] CJK_FONTS = {"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Noto Sans CJK JP"};

    private final FeatureIndex index;
    private final List<PlaceLabel> places;
    private final String fontFamily;

    TileRenderer(MapData data) {
        List<MapFeature> ordered = data.features().stream()
                .sorted(Comparator.comparingInt(f -> f.kind().ordinal())).toList();
        this.index = new FeatureIndex(ordered, WebMercator.x(data.minLon()), WebMercator.y(data.maxLat()),
                WebMercator.x(data.maxLon()), WebMercator.y(data.minLat()));
        // Bigger places first, so that where labels would overlap the town keeps its name and the hamlet yields.
        this.places = data.places().stream().sorted(Comparator.comparingInt(PlaceLabel::minZoom)).toList();
        this.fontFamily = labelFontFamily();
    }

    static String labelFontFamily() {
        Set<String> installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        return Arrays.stream(CJK_FONTS).filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    String fontFamily() {
        return fontFamily;
    }

    /** A tile of bare land, for tiles outside the extract. */
    byte[] blank() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(LAND);
        g.fillRect(0, 0, SIZE, SIZE);
        g.dispose();
        return png(image);
    }

    byte[] render(int z, int x, int y) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(LAND);
            g.fillRect(0, 0, SIZE, SIZE);
            Tile tile = new Tile(z, x, y);
            double m = MARGIN_PX / tile.scale;
            List<MapFeature> features = index.query(tile.minX - m, tile.minY - m, tile.maxX + m, tile.maxY + m).stream()
                    .filter(f -> z >= f.kind().minZoom).toList();
            drawAreas(g, tile, features);
            drawLines(g, tile, features);
            drawPlaceNames(g, tile);
            if (z >= 16) {
                drawStreetNames(g, tile, features);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** One tile's placement in the world: pixel = world fraction × scale − origin. */
    private static final class Tile {
        final int z;
        final double scale;
        final double originX;
        final double originY;
        final double minX;
        final double minY;
        final double maxX;
        final double maxY;

        Tile(int z, int x, int y) {
            this.z = z;
            this.scale = SIZE * Math.pow(2, z);
            this.originX = (double) x * SIZE;
            this.originY = (double) y * SIZE;
            this.minX = originX / scale;
            this.minY = originY / scale;
            this.maxX = (originX + SIZE) / scale;
            this.maxY = (originY + SIZE) / scale;
        }

        Path2D.Double path(MapFeature f, boolean close) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(f.xs()[0] * scale - originX, f.ys()[0] * scale - originY);
            for (int i = 1; i < f.xs().length; i++) {
                path.lineTo(f.xs()[i] * scale - originX, f.ys()[i] * scale - originY);
            }
            if (close) {
                path.closePath();
            }
            return path;
        }
    }

    private static void drawAreas(Graphics2D g, Tile tile, List<MapFeature> features) {
        for (MapFeature f : features) {
            if (f.kind().area) {
                Path2D.Double path = tile.path(f, true);
                g.setColor(f.kind().fill);
                g.fill(path);
                if (f.kind().stroke != null) {
                    g.setColor(f.kind().stroke);
                    g.setStroke(new BasicStroke(f.kind().width));
                    g.draw(path);
                }
            }
        }
    }

    /** Casings of all roads first, then their fills, so junctions join cleanly. */
    private static void drawLines(Graphics2D g, Tile tile, List<MapFeature> features) {
        for (MapFeature f : features) {
            if (f.kind().isRoad() && f.kind() != FeatureKind.PATH) {
                g.setColor(CASING);
                g.setStroke(new BasicStroke(width(f.kind(), tile.z) + 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(tile.path(f, false));
            }
        }
        for (MapFeature f : features) {
            if (!f.kind().area) {
                g.setColor(f.kind().stroke);
                float[] dash = f.kind() == FeatureKind.PATH ? new float[] {3, 2} : null;
                g.setStroke(new BasicStroke(width(f.kind(), tile.z), dash == null ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10, dash, 0));
                g.draw(tile.path(f, false));
            }
        }
    }

    static float width(FeatureKind kind, int z) {
        return (float) Math.max(0.6, Math.min(kind.width * 2.5, kind.width * Math.pow(2, (z - 16) * 0.75)));
    }

    private void drawPlaceNames(Graphics2D g, Tile tile) {
        List<Rectangle2D> drawn = new ArrayList<>();
        for (PlaceLabel place : places) {
            if (tile.z < place.minZoom()) {
                continue;
            }
            double px = place.x() * tile.scale - tile.originX;
            double py = place.y() * tile.scale - tile.originY;
            if (px < -SIZE || py < -SIZE || px > 2 * SIZE || py > 2 * SIZE) {
                continue;
            }
            Font font = new Font(fontFamily, Font.BOLD, place.minZoom() <= 10 ? 15 : 12);
            TextLayout text = new TextLayout(place.name(), font, g.getFontRenderContext());
            double w = text.getBounds().getWidth();
            Rectangle2D box = new Rectangle2D.Double(px - w / 2 - 3, py - text.getAscent() - 3, w + 6, text.getAscent() + 6);
            if (drawn.stream().noneMatch(box::intersects)) {
                drawn.add(box);
                halo(g, text.getOutline(AffineTransform.getTranslateInstance(px - w / 2, py)));
            }
        }
    }

    /** One label per street name per tile, along the street's longest segment, only where it fits inside the tile. */
    private void drawStreetNames(Graphics2D g, Tile tile, List<MapFeature> features) {
        Font font = new Font(fontFamily, Font.PLAIN, 11);
        Set<String> done = new HashSet<>();
        for (MapFeature f : features) {
            if (f.name() == null || !f.kind().isRoad() || f.kind() == FeatureKind.PATH || done.contains(f.name())) {
                continue;
            }
            TextLayout text = new TextLayout(f.name(), font, g.getFontRenderContext());
            double w = text.getBounds().getWidth();
            int best = -1;
            double bestLength = w + 12;
            for (int i = 1; i < f.xs().length; i++) {
                double x0 = f.xs()[i - 1] * tile.scale - tile.originX;
                double y0 = f.ys()[i - 1] * tile.scale - tile.originY;
                double x1 = f.xs()[i] * tile.scale - tile.originX;
                double y1 = f.ys()[i] * tile.scale - tile.originY;
                double length = Math.hypot(x1 - x0, y1 - y0);
                double cx = (x0 + x1) / 2;
                double cy = (y0 + y1) / 2;
                boolean inside = cx - w / 2 > 2 && cx + w / 2 < SIZE - 2 && cy > 10 && cy < SIZE - 10;
                if (length > bestLength && inside) {
                    best = i;
                    bestLength = length;
                }
            }
            if (best > 0) {
                double x0 = f.xs()[best - 1] * tile.scale - tile.originX;
                double y0 = f.ys()[best - 1] * tile.scale - tile.originY;
                double x1 = f.xs()[best] * tile.scale - tile.originX;
                double y1 = f.ys()[best] * tile.scale - tile.originY;
                double angle = Math.atan2(y1 - y0, x1 - x0);
                if (angle > Math.PI / 2 || angle < -Math.PI / 2) {
                    angle += Math.PI; // never upside down
                }
                AffineTransform at = AffineTransform.getTranslateInstance((x0 + x1) / 2, (y0 + y1) / 2);
                at.rotate(angle);
                at.translate(-w / 2, text.getAscent() / 2 - 1);
                halo(g, text.getOutline(at));
                done.add(f.name());
            }
        }
    }

    private static void halo(Graphics2D g, Shape outline) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(LABEL);
        g.fill(outline);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
