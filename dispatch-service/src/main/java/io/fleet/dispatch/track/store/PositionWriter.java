package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes position rows into the position table inside the caller's transaction, dropping rows that are already
 * there (same vehicle, fix time and content hash). Three ways, measured against each other in docs/benchmarks.md.
 */
public interface PositionWriter {

    /** Returns how many rows were new. */
    int write(Connection connection, List<PositionRow> rows) throws SQLException;

    static PositionWriter named(String name) {
        return switch (name) {
            case "copy" -> new CopyPositionWriter();
            case "unnest" -> new UnnestPositionWriter();
            case "optimistic-copy" -> new OptimisticCopyPositionWriter();
            default -> throw new IllegalArgumentException("fleet.tracks.writer must be copy, optimistic-copy or unnest, not " + name);
        };
    }
}
