package io.fleet.dispatch.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Names what is built from one extract version (the road graph, the base-map tiles):
 * {@code <cache>/<extract name>-<hash>}, the hash covering the extract's size and modification time and the settings
 * of what is built (road profiles, renderer version). A changed extract or setting therefore gets a new directory and
 * is built again; the old directories of the same extract are removed once the new one is complete. A directory
 * without the completion marker (an import that was cut off) is discarded.
 */
public final class ExtractCacheDirectory {

    static final String COMPLETE_MARKER = "fleet-import-complete";

    private final Path directory;
    private final String extractName;
    private final Path root;

    private ExtractCacheDirectory(Path root, String extractName, String hash) {
        this.root = root;
        this.extractName = extractName;
        this.directory = root.resolve(extractName + "-" + hash);
    }

    /** @param settings anything else the graph depends on (profiles, network size), as text */
    public static ExtractCacheDirectory of(Path cacheRoot, Path extract, String settings) {
        try {
            long size = Files.size(extract);
            long modified = Files.getLastModifiedTime(extract).toMillis();
            String key = size + "|" + modified + "|" + settings + "|graphhopper-11.0";
            return new ExtractCacheDirectory(cacheRoot, baseName(extract), sha256(key).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map extract " + extract, e);
        }
    }

    public Path path() {
        return directory;
    }

    public boolean isComplete() {
        return Files.exists(directory.resolve(COMPLETE_MARKER));
    }

    /** Deletes a half-written graph so GraphHopper imports from scratch instead of failing to load it. */
    void discardIfIncomplete() {
        if (Files.exists(directory) && !isComplete()) {
            deleteRecursively(directory);
        }
    }

    void markComplete() {
        try {
            Files.writeString(directory.resolve(COMPLETE_MARKER), "imported by Fleet\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes graphs of older versions of the same extract. */
    public void removeStaleSiblings() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(root)) {
            siblings.filter(p -> !p.equals(directory))
                    .filter(p -> p.getFileName().toString().matches("\\Q" + extractName + "\\E-[0-9a-f]{16}"))
                    .forEach(ExtractCacheDirectory::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path extract) {
        String name = extract.getFileName().toString();
        return name.replaceFirst("(\\.osm)?(\\.pbf|\\.gz|\\.bz2|\\.xml)?$", "").replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
