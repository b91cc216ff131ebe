package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import io.fleet.dispatch.track.ingest.Rejection;

/** Keeps refused points, raw bytes included, in rejected_position; a redelivered entry's rows are skipped. */
public final class RejectionWriter {

    private static final String INSERT = """
            INSERT INTO rejected_position (stream_id, item_index, phone, msg_id, reason, detail, fix_time, latitude,
                longitude, received_at, raw)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stream_id, item_index) DO NOTHING""";

    public int write(Connection connection, List<Rejection> rejections) throws SQLException {
        if (rejections.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (Rejection r : rejections) {
                s.setString(1, r.streamId());
                s.setInt(2, r.itemIndex());
                s.setString(3, r.phone());
                s.setString(4, r.msgId());
                s.setString(5, r.reason().name());
                s.setString(6, r.detail());
                s.setTimestamp(7, r.fixTime() == null ? null : Timestamp.from(r.fixTime()));
                setDouble(s, 8, r.latitude());
                setDouble(s, 9, r.longitude());
                s.setTimestamp(10, Timestamp.from(r.receivedAt()));
                s.setBytes(11, r.raw());
                s.addBatch();
            }
            int stored = 0;
            for (int n : s.executeBatch()) {
                stored += Math.max(n, 0);
            }
            return stored;
        }
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
