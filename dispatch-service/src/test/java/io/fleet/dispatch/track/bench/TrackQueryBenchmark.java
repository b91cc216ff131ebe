package io.fleet.dispatch.track.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.store.TrackPointView;
import io.fleet.dispatch.track.store.TrackQueries;

/**
 * Query latency on the generated table (src/test/sql/generate.sh): one vehicle-day replay, and "which vehicles were
 * within R m of this place in this period" over a month, with the same SQL the API runs. Random vehicles, days and
 * places from a fixed seed; a warm-up round is not counted.
 * Arguments: database [samples] [radius metres] [first day last day of the replays, e.g. to compare clustered days
 * with days as ingest wrote them]. The near search's month starts at the first day of the data.
 */
public final class TrackQueryBenchmark {

    public static void main(String[] args) throws SQLException {
        String database = args.length > 0 ? args[0] : "fleet_bench";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        double radius = args.length > 2 ? Double.parseDouble(args[2]) : 200;
        try (Connection c = BenchSupport.dataSource(database).getConnection()) {
            long rows;
            int vehicles;
            LocalDate firstDay;
            LocalDate lastDay;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT (SELECT reltuples::bigint FROM pg_class WHERE relname = 'position_' || to_char(min(d), 'YYYYMMDD')) ,
                           min(d), max(d), (SELECT max(vehicle_id) FROM position WHERE fix_time >= min(d) AND fix_time < min(d) + 1)
                    FROM (SELECT to_date(substr(c.relname, 10), 'YYYYMMDD') AS d FROM pg_inherits i
                          JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'position'::regclass) days""")) {
                rs.next();
                firstDay = rs.getDate(2).toLocalDate();
                lastDay = rs.getDate(3).toLocalDate();
                vehicles = rs.getInt(4);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT sum(c.reltuples)::bigint FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = 'position'::regclass""")) {
                rs.next();
                rows = rs.getLong(1);
            }
            int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
            System.out.printf("table: ~%,d rows, %d vehicles, %s .. %s (%d days)%n", rows, vehicles, firstDay, lastDay, days);
            LocalDate replayFirst = args.length > 4 ? LocalDate.parse(args[3]) : firstDay;
            int replayDays = args.length > 4 ? (int) (LocalDate.parse(args[4]).toEpochDay() - replayFirst.toEpochDay()) + 1 : days;
            System.out.printf("replays: %s .. %s (%d days)%n", replayFirst, replayFirst.plusDays(replayDays - 1), replayDays);

            Random random = new Random(42);
            double[] replay = new double[samples];
            long points = 0;
            for (int round = -1; round < samples; round++) {
                long vehicle = 1 + random.nextInt(vehicles);
                LocalDate day = replayFirst.plusDays(random.nextInt(replayDays));
                Instant from = day.atStartOfDay(DayPartitions.ZONE).toInstant();
                long t0 = System.nanoTime();
                List<TrackPointView> track = TrackQueries.track(c, vehicle, from, from.plusSeconds(86_400));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (round >= 0) {
                    replay[round] = ms;
                    points += track.size();
                }
            }
            System.out.println(BenchSupport.summary("vehicle-day replay", replay,
                    String.format("(%.0f points per replay on average)", (double) points / samples)));

            // a month from the first day of the data: up to 30 day partitions are searched
            Instant monthFrom = firstDay.atStartOfDay(DayPartitions.ZONE).toInstant();
            Instant monthTo = monthFrom.plusSeconds(30L * 86_400);
            double[] near = new double[samples];
            long found = 0;
            for (int round = -1; round < samples; round++) {
                // a place somewhere in the generated fleet's area (60 km square over Hangzhou)
                double lat = 29.95 + random.nextDouble() * 0.55;
                double lon = 119.90 + random.nextDouble() * 0.58;
                long t0 = System.nanoTime();
                List<TrackQueries.NearVehicle> hits = TrackQueries.near(c, lat, lon, radius, monthFrom, monthTo);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (round >= 0) {
                    near[round] = ms;
                    found += hits.size();
                }
            }
            System.out.println(BenchSupport.summary("near place, 30-day window", near,
                    String.format("(radius %.0f m, %.1f vehicles found on average)", radius, (double) found / samples)));
        }
    }
}
