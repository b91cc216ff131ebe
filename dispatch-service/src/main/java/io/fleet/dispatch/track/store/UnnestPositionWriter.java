package io.fleet.dispatch.track.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * One INSERT … SELECT FROM unnest(array per column) … ON CONFLICT DO NOTHING: a single statement and round trip per
 * batch, no staging table. The alternative to CopyPositionWriter; see docs/benchmarks.md for which is faster.
 */
public final class UnnestPositionWriter implements PositionWriter {

    private static final String INSERT = """
            INSERT INTO position (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh, course,
                altitude_m, alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill)
            SELECT u.vehicle_id, u.fix_time, u.content_hash, u.phone, u.server_time,
                ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326), u.speed_kmh, u.course, u.altitude_m, u.alarm_bits,
                u.status_bits, u.mileage_km, u.fuel_l, u.satellites, u.extras::jsonb, u.backfill
            FROM unnest(?::bigint[], ?::timestamptz[], ?::bigint[], ?::text[], ?::timestamptz[], ?::float8[],
                        ?::float8[], ?::real[], ?::smallint[], ?::smallint[], ?::integer[], ?::integer[],
                        ?::float8[], ?::real[], ?::smallint[], ?::text[], ?::boolean[])
                 AS u(vehicle_id, fix_time, content_hash, phone, server_time, lat, lon, speed_kmh, course,
                      altitude_m, alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill)
            ON CONFLICT DO NOTHING""";

    @Override
    public int write(Connection connection, List<PositionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[][] columns = new Object[17][n];
        for (int i = 0; i < n; i++) {
            PositionRow r = rows.get(i);
            columns[0][i] = r.vehicleId();
            columns[1][i] = Timestamp.from(r.fixTime());
            columns[2][i] = r.contentHash();
            columns[3][i] = r.phone();
            columns[4][i] = Timestamp.from(r.serverTime());
            columns[5][i] = r.latitude();
            columns[6][i] = r.longitude();
            columns[7][i] = r.speedKmh();
            columns[8][i] = (short) r.course();
            columns[9][i] = (short) r.altitudeM();
            columns[10][i] = r.alarmBits();
            columns[11][i] = r.statusBits();
            columns[12][i] = r.mileageKm();
            columns[13][i] = r.fuelLitres();
            columns[14][i] = r.satellites() == null ? null : r.satellites().shortValue();
            columns[15][i] = r.extrasJson();
            columns[16][i] = r.backfill();
        }
        String[] types = {"int8", "timestamptz", "int8", "text", "timestamptz", "float8", "float8", "float4", "int2",
                "int2", "int4", "int4", "float8", "float4", "int2", "text", "bool"};
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < columns.length; c++) {
                Array array = connection.createArrayOf(types[c], columns[c]);
                s.setArray(c + 1, array);
            }
            return s.executeUpdate();
        }
    }
}
