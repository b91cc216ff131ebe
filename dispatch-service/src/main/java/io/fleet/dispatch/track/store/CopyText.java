package io.fleet.dispatch.track.store;

import java.time.Instant;

/** One position row as a line of COPY text format, in the staging table's column order. */
final class CopyText {

    /** Column list of {@link #positionLine}: straight into the position table. */
    static final String POSITION_COLUMNS = " (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh,"
            + " course, altitude_m, alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill)";
    private static final String NULL = "\\N";

    private CopyText() {
    }

    static void line(StringBuilder out, PositionRow r) {
        head(out, r);
        out.append(r.latitude()).append('\t');
        out.append(r.longitude()).append('\t');
        tail(out, r);
    }

    /** The same row for the position table itself: the point as EWKT, which PostGIS parses on input. */
    static void positionLine(StringBuilder out, PositionRow r) {
        head(out, r);
        out.append("SRID=4326;POINT(").append(r.longitude()).append(' ').append(r.latitude()).append(")\t");
        tail(out, r);
    }

    private static void head(StringBuilder out, PositionRow r) {
        out.append(r.vehicleId()).append('\t');
        time(out, r.fixTime()).append('\t');
        out.append(r.contentHash()).append('\t');
        out.append(r.phone()).append('\t');
        time(out, r.serverTime()).append('\t');
    }

    private static void tail(StringBuilder out, PositionRow r) {
        out.append(r.speedKmh()).append('\t');
        out.append(r.course()).append('\t');
        out.append(r.altitudeM()).append('\t');
        out.append(r.alarmBits()).append('\t');
        out.append(r.statusBits()).append('\t');
        nullable(out, r.mileageKm()).append('\t');
        nullable(out, r.fuelLitres()).append('\t');
        nullable(out, r.satellites()).append('\t');
        // extras is built from hex strings and item ids only: nothing in it needs COPY escaping
        out.append(r.extrasJson() == null ? NULL : r.extrasJson()).append('\t');
        out.append(r.backfill() ? 't' : 'f').append('\n');
    }

    private static StringBuilder time(StringBuilder out, Instant t) {
        // ISO-8601 with Z: PostgreSQL reads it as timestamptz whatever the session time zone
        return out.append(t.toString());
    }

    private static StringBuilder nullable(StringBuilder out, Object value) {
        return out.append(value == null ? NULL : value.toString());
    }
}
