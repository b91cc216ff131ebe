package io.fleet.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph is imported once, loaded from disk afterwards, and imported again when the extract changes. */
class GraphCacheTest {

    @Test
    void changedExtractIsImportedAgainAndTheOldGraphRemoved(@TempDir Path dir) throws Exception {
        Path extract = dir.resolve("city.osm.gz");
        Files.copy(TestMaps.MONACO, extract);
        Path cache = dir.resolve("cache");

        Path first;
        try (RoadNetwork network = RoadNetwork.open(extract, cache, 200, 1000)) {
            assertThat(network.imported()).isTrue();
            first = network.cacheDirectory();
        }
        try (RoadNetwork network = RoadNetwork.open(extract, cache, 200, 1000)) {
            assertThat(network.imported()).as("second start loads the cached graph").isFalse();
            assertThat(network.cacheDirectory()).isEqualTo(first);
        }

        Files.setLastModifiedTime(extract, FileTime.from(Instant.now().plusSeconds(60))); // a new extract arrived
        try (RoadNetwork network = RoadNetwork.open(extract, cache, 200, 1000)) {
            assertThat(network.imported()).isTrue();
            assertThat(network.cacheDirectory()).isNotEqualTo(first);
            assertThat(network.cacheDirectory().getFileName().toString()).startsWith("city-");
        }
        assertThat(first).doesNotExist();
    }

    @Test
    void anInterruptedImportIsDiscardedAndRedone(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        ExtractCacheDirectory planned = ExtractCacheDirectory.of(cache, TestMaps.MONACO,
                RoadProfile.fingerprint() + "|min-network=200");
        Files.createDirectories(planned.path());
        Files.writeString(planned.path().resolve("nodes"), "half-written");

        try (RoadNetwork network = RoadNetwork.open(TestMaps.MONACO, cache, 200, 1000)) {
            assertThat(network.imported()).isTrue();
            assertThat(network.cacheDirectory()).isEqualTo(planned.path());
            assertThat(network.junctions()).isGreaterThan(1000);
        }
    }

    @Test
    void settingsArePartOfTheKey(@TempDir Path dir) {
        ExtractCacheDirectory a = ExtractCacheDirectory.of(dir, TestMaps.MONACO, "profiles-a");
        ExtractCacheDirectory b = ExtractCacheDirectory.of(dir, TestMaps.MONACO, "profiles-b");

        assertThat(a.path()).isNotEqualTo(b.path());
        assertThat(a.path().getFileName().toString()).startsWith("monaco-");
    }
}
