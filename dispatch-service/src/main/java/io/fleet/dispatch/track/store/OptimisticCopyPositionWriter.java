package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * COPY straight into the position table, as fast as loading gets; duplicates are rare (only a redelivered or resent
 * point), so only when the unique key refuses the COPY is the batch rolled back to a savepoint and written through
 * the staging table with ON CONFLICT DO NOTHING. The result is the same as CopyPositionWriter's either way.
 */
public final class OptimisticCopyPositionWriter implements PositionWriter {

    private static final String UNIQUE_VIOLATION = "23505";

    private final CopyPositionWriter fallback = new CopyPositionWriter();

    @Override
    public int write(Connection connection, List<PositionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            int copied = (int) CopyPositionWriter.copyStraight(connection, rows);
            connection.releaseSavepoint(beforeCopy);
            return copied;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
            return fallback.write(connection, rows);
        }
    }
}
