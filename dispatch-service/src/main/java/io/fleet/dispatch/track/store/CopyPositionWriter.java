package io.fleet.dispatch.track.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * COPY into a temporary staging table (text format: no geometry parsing on the client), then one
 * INSERT … SELECT … ON CONFLICT DO NOTHING builds the points and skips duplicates. COPY alone cannot skip
 * duplicates, which at-least-once delivery produces.
 */
public final class CopyPositionWriter implements PositionWriter {

    static final String STAGING = "position_staging";
    private static final String CREATE_STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS position_staging (
                vehicle_id bigint, fix_time timestamptz, content_hash bigint, phone text, server_time timestamptz,
                lat double precision, lon double precision, speed_kmh real, course smallint, altitude_m smallint,
                alarm_bits integer, status_bits integer, mileage_km double precision, fuel_l real, satellites smallint,
                extras jsonb, backfill boolean) ON COMMIT DELETE ROWS""";
    private static final String MOVE = """
            INSERT INTO position (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh, course,
                altitude_m, alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill)
            SELECT vehicle_id, fix_time, content_hash, phone, server_time, ST_SetSRID(ST_MakePoint(lon, lat), 4326),
                speed_kmh, course, altitude_m, alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill
            FROM position_staging
            ON CONFLICT DO NOTHING""";

    @Override
    public int write(Connection connection, List<PositionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(CREATE_STAGING);
        }
        copy(connection, STAGING, rows);
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate(MOVE);
        }
    }

    /** COPY rows in the staging layout into {@code table}. */
    public static long copy(Connection connection, String table, List<PositionRow> rows) throws SQLException {
        return copyInto(connection, table, "", rows, CopyText::line);
    }

    /** COPY straight into the position table (no staging, no conflict handling); a duplicate fails the COPY. */
    public static long copyStraight(Connection connection, List<PositionRow> rows) throws SQLException {
        return copyInto(connection, "position", CopyText.POSITION_COLUMNS, rows, CopyText::positionLine);
    }

    /** COPY rows, each written by {@code line} in the order of {@code columns} ("" for the table's own order). */
    static long copyInto(Connection connection, String table, String columns, List<PositionRow> rows,
                         BiConsumer<StringBuilder, PositionRow> line) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder text = new StringBuilder(rows.size() * 170);
        for (PositionRow r : rows) {
            line.accept(text, r);
        }
        try {
            return copy.copyIn("COPY " + table + columns + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
