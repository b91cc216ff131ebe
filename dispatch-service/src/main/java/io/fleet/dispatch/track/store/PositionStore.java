package io.fleet.dispatch.track.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.fleet.dispatch.track.ingest.IngestBatch;
import io.fleet.dispatch.track.partition.DayPartitions;

/**
 * Stores one ingest batch in one transaction: positions, rejections and the recompute marks commit together or not
 * at all, so acknowledging the stream entries after {@link #store} returns can never lose a point.
 */
public final class PositionStore {

    private final DataSource dataSource;
    private final PositionWriter writer;
    private final DayPartitions partitions;
    private final RejectionWriter rejections = new RejectionWriter();
    private final DirtyTracks dirty = new DirtyTracks();

    public PositionStore(DataSource dataSource, PositionWriter writer, DayPartitions partitions) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.partitions = partitions;
    }

    /** Returns the number of new position rows (duplicates of stored points are not counted). */
    public int store(IngestBatch batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<PositionRow> rows = batch.rows();
            partitions.ensure(c, rows.stream().map(PositionRow::fixTime).toList());
            c.setAutoCommit(false);
            try {
                int inserted = writer.write(c, rows);
                rejections.write(c, batch.rejections());
                dirty.mark(c, rows);
                c.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
