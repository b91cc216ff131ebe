package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks, in the ingest transaction, from which fix time each vehicle's movements must be computed again. A late
 * backfill moves the mark back to its first point, so the period it lands in is recomputed.
 */
public final class DirtyTracks {

    private static final String MARK = """
            INSERT INTO track_dirty (vehicle_id, since) SELECT * FROM unnest(?::bigint[], ?::timestamptz[])
            ON CONFLICT (vehicle_id) DO UPDATE SET since = LEAST(track_dirty.since, EXCLUDED.since)""";

    public void mark(Connection connection, List<PositionRow> rows) throws SQLException {
        Map<Long, Instant> earliest = new HashMap<>();
        for (PositionRow r : rows) {
            earliest.merge(r.vehicleId(), r.fixTime(), (a, b) -> a.isBefore(b) ? a : b);
        }
        if (earliest.isEmpty()) {
            return;
        }
        Long[] ids = earliest.keySet().stream().sorted().toArray(Long[]::new); // one lock order for every consumer
        Timestamp[] since = new Timestamp[ids.length];
        for (int i = 0; i < ids.length; i++) {
            since[i] = Timestamp.from(earliest.get(ids[i]));
        }
        try (PreparedStatement s = connection.prepareStatement(MARK)) {
            s.setArray(1, connection.createArrayOf("int8", ids));
            s.setArray(2, connection.createArrayOf("timestamptz", since));
            s.executeUpdate();
        }
    }
}
