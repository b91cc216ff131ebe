package io.fleet.dispatch.track.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.track.ingest.BatchAssembler;
import io.fleet.dispatch.track.ingest.IngestBatch;
import io.fleet.dispatch.track.ingest.JumpFilter;
import io.fleet.dispatch.track.ingest.LiveSink;
import io.fleet.dispatch.track.ingest.PointChecks;
import io.fleet.dispatch.track.ingest.PositionEntry;
import io.fleet.dispatch.track.ingest.PipelinedIngestor;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.VehicleDirectory;
import io.fleet.dispatch.track.live.LivePublisher;
import io.fleet.dispatch.track.partition.DayPartitions;
import io.fleet.dispatch.track.store.CopyPositionWriter;
import io.fleet.dispatch.track.store.PositionRow;
import io.fleet.dispatch.track.store.PositionStore;
import io.fleet.dispatch.track.store.PositionWriter;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.location.StatusFlag;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Sustained ingest rate, Redis stream → PostGIS, with the production classes (decode, checks, writer, ack, live
 * state), next to a plain COPY of the same rows into the same table (the ceiling). Needs a database made by
 * src/test/sql/bench_schema.sh. Arguments: database entries consumers batch writer(copy|unnest|optimistic-copy)
 * [nolive] [pipelined] (the consumer loop of PipelinedIngestor: read and decode the next batch during the commit).
 */
public final class TrackIngestBenchmark {

    private static final int VEHICLES = 1000;

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "fleet_ingest_bench";
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String writer = args.length > 4 ? args[4] : "copy";
        List<String> options = args.length > 5 ? List.of(args).subList(5, args.length) : List.of();
        boolean withLive = !options.contains("nolive");
        boolean pipelined = options.contains("pipelined");
        DataSource ds = BenchSupport.perThread(BenchSupport.dataSource(database));
        String prefix = "fleet-bench:" + UUID.randomUUID().toString().substring(0, 8) + ":";
        RedisClient client = RedisClient.create(BenchSupport.env("FLEET_REDIS_URL", "redis://localhost:6379"));
        try (StatefulRedisConnection<byte[], byte[]> redis = client.connect(ByteArrayCodec.INSTANCE);
                StatefulRedisConnection<String, String> text = client.connect()) {
            registerFleet(ds);
            truncate(ds);
            String stream = prefix + "positions";
            List<Map<byte[], byte[]>> sent = fill(redis.async(), stream, entries);
            System.out.printf("stream filled: %,d entries (0x0200, %d vehicles, 10 s apart)%n", entries, VEHICLES);

            PositionIngestor.IngestCounters counters = new PositionIngestor.IngestCounters();
            VehicleDirectory vehicles = new VehicleDirectory(ds, 600_000);
            BatchAssembler assembler = new BatchAssembler(vehicles,
                    new PointChecks(Duration.ofMinutes(10), java.time.Period.ofYears(3)), new JumpFilter(300));
            DayPartitions partitions = new DayPartitions();
            LiveSink live = withLive
                    ? new LivePublisher(text, new ObjectMapper(), prefix + "live", prefix + "live-updates") : LiveSink.NONE;
            long t0 = System.nanoTime();
            BenchSupport.inThreads(consumers, i -> {
                try (StatefulRedisConnection<byte[], byte[]> own = client.connect(ByteArrayCodec.INSTANCE)) {
                    PositionIngestor ingestor = new PositionIngestor(own.sync(), stream, "bench-" + i, batch,
                            Duration.ofMillis(100), Duration.ofMinutes(5), assembler,
                            new PositionStore(ds, PositionWriter.named(writer), partitions), live,
                            Clock.systemUTC(), counters);
                    ingestor.ensureGroup();
                    if (pipelined) {
                        try (StatefulRedisConnection<byte[], byte[]> acks = client.connect(ByteArrayCodec.INSTANCE);
                                PipelinedIngestor p = new PipelinedIngestor(ingestor, acks.async(), "bench-" + i)) {
                            while (counters.entries.get() < entries) {
                                p.pollOnce();
                            }
                        }
                    } else {
                        while (counters.entries.get() < entries) {
                            ingestor.pollOnce();
                        }
                    }
                }
            });
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            long stored = count(ds);
            double ingestRate = counters.points.get() / ingestSeconds;
            System.out.printf("ingest (%s writer, %s, %s, %d consumers, batch %d): %,d entries, %,d rows stored, %,d rejected "
                            + "in %.1f s = %,.0f positions/s%n", writer, withLive ? "live state on" : "live state off",
                    pipelined ? "pipelined" : "sequential", consumers, batch, counters.entries.get(), stored,
                    counters.rejected.get(), ingestSeconds, ingestRate);

            // the ceiling: the same rows, already decoded, COPY'd straight into the same (emptied) table
            List<PositionRow> rows = decodeAll(assembler, sent);
            truncate(ds);
            double copySeconds = copyCeiling(ds, rows, consumers, batch);
            double copyRate = rows.size() / copySeconds;
            System.out.printf("plain COPY of the same %,d rows (%d sessions, %d rows per transaction): %.1f s = "
                    + "%,.0f positions/s%n", rows.size(), consumers, batch, copySeconds, copyRate);
            System.out.printf("ratio ingest / COPY = %.2f%n", ingestRate / copyRate);
            text.sync().del(prefix + "live");
            redis.sync().del(stream.getBytes(StandardCharsets.UTF_8));
        } finally {
            client.shutdown();
        }
    }

    private static void registerFleet(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO organisation (id, code, name, kind, path) VALUES (1, 'BENCH', 'bench', 'CITY_BUREAU', '/1/')
                    ON CONFLICT DO NOTHING""");
            s.execute("""
                    INSERT INTO vehicle (id, org_id, org_path, plate, plate_key, kind, seats, energy, pool)
                    SELECT v, 1, '/1/', '浙A' || lpad(v::text, 5, '0'), 'ZJA' || lpad(v::text, 5, '0'), 'SEDAN', 5, 'FUEL',
                           'GENERAL' FROM generate_series(1, %d) v ON CONFLICT DO NOTHING""".formatted(VEHICLES));
            s.execute("""
                    INSERT INTO terminal (id, phone, vehicle_id) SELECT v, (13900000000 + v)::text, v
                    FROM generate_series(1, %d) v ON CONFLICT DO NOTHING""".formatted(VEHICLES));
        }
    }

    private static void truncate(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE position, rejected_position, track_dirty");
            s.execute("CHECKPOINT");
        }
    }

    private static long count(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM position")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** 0x0200 reports as the gateway writes them: vehicles interleaved, each moving, 10 s apart, ending a day ago. */
    private static List<Map<byte[], byte[]>> fill(RedisAsyncCommands<byte[], byte[]> redis, String stream, int entries)
            throws Exception {
        byte[] key = stream.getBytes(StandardCharsets.UTF_8);
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).minusSeconds(10L * (entries / VEHICLES + 1));
        List<Map<byte[], byte[]>> sent = new ArrayList<>(entries);
        List<RedisFuture<String>> pending = new ArrayList<>();
        MessageHeader header = MessageHeader.of(ProtocolVersion.V2013, 0x0200, "013900000000", 1);
        for (int i = 0; i < entries; i++) {
            int vehicle = 1 + i % VEHICLES;
            int step = i / VEHICLES;
            LocationReport report = new LocationReport(0, StatusFlag.POSITIONED.mask() | StatusFlag.ACC_ON.mask(),
                    Math.round((30.0 + vehicle * 0.0005 + step * 0.00005) * 1e6),
                    Math.round((120.0 + vehicle * 0.0005 + step * 0.00005) * 1e6), 10, 400, 45,
                    start.plusSeconds(10L * step).atOffset(java.time.ZoneOffset.ofHours(8)),
                    List.of(new AdditionalItem.Mileage(100_000 + step), new AdditionalItem.Satellites(10)));
            ByteBuf out = Unpooled.buffer(64);
            BodyCodecRegistry.standard().encode(report, out, header);
            Map<byte[], byte[]> fields = new LinkedHashMap<>();
            fields.put(b("phone"), b(Long.toString(13_900_000_000L + vehicle)));
            fields.put(b("msgId"), b("0200"));
            fields.put(b("version"), b("2013"));
            fields.put(b("serial"), b(Integer.toString(step & 0xffff)));
            fields.put(b("body"), ByteBufUtil.getBytes(out));
            fields.put(b("rx"), b(Long.toString(System.currentTimeMillis())));
            fields.put(b("node"), b("bench"));
            out.release();
            sent.add(fields);
            pending.add(redis.xadd(key, fields));
            if (pending.size() == 5_000) {
                for (RedisFuture<String> f : pending) {
                    f.get();
                }
                pending.clear();
            }
        }
        for (RedisFuture<String> f : pending) {
            f.get();
        }
        return sent;
    }

    private static List<PositionRow> decodeAll(BatchAssembler assembler, List<Map<byte[], byte[]>> sent) {
        List<PositionEntry> entries = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            entries.add(PositionEntry.of(new StreamMessage<>(new byte[0], i + "-0", sent.get(i))));
        }
        IngestBatch all = assembler.assemble(entries, Instant.now());
        return all.rows();
    }

    private static double copyCeiling(DataSource ds, List<PositionRow> rows, int sessions, int batch)
            throws Exception {
        DayPartitions partitions = new DayPartitions();
        try (Connection c = ds.getConnection()) {
            partitions.ensure(c, rows.stream().map(PositionRow::fixTime).toList());
        }
        long t0 = System.nanoTime();
        BenchSupport.inThreads(sessions, t -> {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                for (int from = t * batch; from < rows.size(); from += sessions * batch) {
                    CopyPositionWriter.copyStraight(c, rows.subList(from, Math.min(rows.size(), from + batch)));
                    c.commit();
                }
            }
        });
        return (System.nanoTime() - t0) / 1e9;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
