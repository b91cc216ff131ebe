package io.fleet.dispatch.complaint.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;

import javax.sql.DataSource;

import io.fleet.dispatch.complaint.ComplaintTracer;
import io.fleet.dispatch.complaint.PlatePattern;
import io.fleet.dispatch.complaint.Trace;
import io.fleet.dispatch.track.store.MovementQueries;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Tracing latency on the generated benchmark database (bench_schema.sh + generate.sh + complaint_bench_fixtures.sql):
 * the whole trace the API runs (ComplaintTracer.trace: candidates, closest approach, whereabouts, track around,
 * movement, trip order with requester, approver, driver), for exact and partial plates, a complaint's moment (±15 min)
 * and a 30-day range. The place is where a random vehicle really was at a random time, so the trace has a car to
 * find. A fixed seed per scenario; one unmeasured warm-up per scenario. Arguments: database [samples] [radius metres].
 */
public final class ComplaintTraceBenchmark {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "fleet_complaints_bench";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int radius = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {env("FLEET_DB_HOST", "localhost")});
        ds.setPortNumbers(new int[] {Integer.parseInt(env("FLEET_DB_PORT", "5432"))});
        ds.setDatabaseName(database);
        ds.setUser(env("FLEET_DB_USER", "postgres"));
        ds.setPassword(env("FLEET_DB_PASSWORD", ""));
        try (Connection c = ds.getConnection()) {
            MovementQueries movements = movementQueries(c);
            LocalDate firstDay;
            int days;
            int partitions;
            long rows;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT min(fix_time), max(fix_time),
                           (SELECT count(*) FROM pg_inherits WHERE inhparent = 'position'::regclass),
                           (SELECT sum(c.reltuples)::bigint FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                            WHERE i.inhparent = 'position'::regclass)
                    FROM position""")) {
                rs.next();
                firstDay = LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), CST);
                days = (int) (LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), CST).toEpochDay() - firstDay.toEpochDay()) + 1;
                partitions = rs.getInt(3);
                rows = rs.getLong(4);
            }
            System.out.printf("positions: ~%,d rows, %d days of data from %s, %d day partitions; radius %d m%n", rows,
                    days, firstDay, partitions, radius);
            Instant monthFrom = firstDay.atStartOfDay(CST).toInstant();
            Instant monthTo = monthFrom.plus(Duration.ofDays(30)).minusSeconds(1);

            run(c, movements, samples, radius, firstDay, days, "exact plate, moment ±15 min", 5, null, null);
            run(c, movements, samples, radius, firstDay, days, "partial plate (10 cars), moment ±15 min", 4, null, null);
            run(c, movements, samples, radius, firstDay, days, "partial plate (100 cars), moment ±15 min", 3, null, null);
            run(c, movements, samples, radius, firstDay, days, "3 characters (1,000 cars), moment ±15 min", 0, null, null);
            run(c, movements, samples, radius, firstDay, days, "exact plate, 30-day range", 5, monthFrom, monthTo);
            run(c, movements, samples, radius, firstDay, days, "partial plate (10 cars), 30-day range", 4, monthFrom, monthTo);
            run(c, movements, samples, radius, firstDay, days, "partial plate (100 cars), 30-day range", 3, monthFrom, monthTo);
            run(c, movements, samples, radius, firstDay, days, "3 characters (1,000 cars), 30-day range", 0, monthFrom, monthTo);
        }
    }

    /**
     * @param digits how many of the plate's 5 digits the citizen gave (the rest are ?); 0 gives "浙A0*"
     */
    private static void run(Connection c, MovementQueries movements, int samples, int radius, LocalDate firstDay,
                            int days, String name, int digits, Instant rangeFrom, Instant rangeTo) throws SQLException {
        // a seed per scenario: with one seed, later scenarios would find the earlier ones' vehicle-days in the cache
        Random random = new Random(42 + name.hashCode());
        double[] ms = new double[samples];
        long candidates = 0;
        long there = 0;
        long trips = 0;
        for (int round = -1; round < samples; round++) {
            int vehicle = 1 + random.nextInt(1000);
            Instant at = firstDay.atStartOfDay(CST).toInstant().plusSeconds(random.nextInt(days * 86_400));
            double[] place = positionAt(c, vehicle, at);
            String number = String.format("%05d", vehicle);
            String plate = digits == 0 ? "浙A0*" : "浙A·" + number.substring(0, digits) + "?".repeat(5 - digits);
            ComplaintTracer.Query q = new ComplaintTracer.Query(PlatePattern.parse("plate", plate),
                    rangeFrom == null ? at : rangeFrom, rangeTo == null ? at : rangeTo, place[0], place[1], radius,
                    Duration.ofMinutes(15));
            long t0 = System.nanoTime();
            Trace trace = ComplaintTracer.trace(c, movements, q);
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (round >= 0) {
                ms[round] = elapsed;
                candidates += trace.candidates().size();
                there += trace.candidates().stream().filter(Trace.Candidate::there).count();
                trips += trace.candidates().stream().filter(k -> k.trip() != null).count();
            }
            if (!trace.candidates().stream().anyMatch(k -> k.vehicleId() == vehicle && k.there())) {
                throw new IllegalStateException(name + ": vehicle " + vehicle + " not found where it was at " + at);
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-45s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  "
                        + "(%.0f candidates, %.1f there, %.1f on a trip order per trace)%n", name, pct(ms, 50), pct(ms, 95),
                pct(ms, 99), ms[ms.length - 1], (double) candidates / samples, (double) there / samples,
                (double) trips / samples);
    }

    private static double[] positionAt(Connection c, int vehicle, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT ST_Y(geom), ST_X(geom) FROM position WHERE vehicle_id = ? AND fix_time >= ? AND fix_time < ?
                ORDER BY fix_time LIMIT 1""")) {
            s.setLong(1, vehicle);
            s.setTimestamp(2, Timestamp.from(at));
            s.setTimestamp(3, Timestamp.from(at.plusSeconds(60)));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no position of vehicle " + vehicle + " at " + at);
                }
                return new double[] {rs.getDouble(1), rs.getDouble(2)};
            }
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** The service's MovementQueries over this one connection (its constructor is for CDI, hence reflection). */
    private static MovementQueries movementQueries(Connection real) throws ReflectiveOperationException {
        Connection shared = (Connection) Proxy.newProxyInstance(ComplaintTraceBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return m.invoke(real, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DataSource one = (DataSource) Proxy.newProxyInstance(ComplaintTraceBenchmark.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> m.getName().equals("getConnection") ? shared : null);
        Constructor<MovementQueries> constructor = MovementQueries.class.getDeclaredConstructor(DataSource.class);
        constructor.setAccessible(true);
        return constructor.newInstance(one);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
