package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.models.stream.PendingMessages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost and nothing is stored twice when the ingest process is killed with SIGKILL (kill -9)
 * in the middle of a batch. The consumer runs in its own JVM ({@link IngestProcess}, the production ingestor under a
 * fixed consumer name); the test watches pg_stat_activity and kills the process while its batch transaction is open
 * (it holds a transaction id: it has written rows that are not committed), after some batches were committed. Then a
 * second consumer process, with another name, re-claims what the dead one left pending and drains the stream.
 */
@QuarkusTest
class TrackProcessKillTest {

    private static final int CARS = 4;
    private static final int POINTS_PER_CAR = 3_000;
    private static final String VICTIM = "ingest-victim";
    private static final String RESCUER = "ingest-rescuer";

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;
    @Inject
    RedisConfig redisConfig;
    @Inject
    DataSource dataSource;

    @Test
    void killedMidBatchThenReclaimedByAnotherProcessLosesNothingAndDoublesNothing() throws Exception {
        List<TrackFixtures.Car> cars = new ArrayList<>();
        long city = io.fleet.dispatch.support.Api.organisation(null, "CITY_BUREAU");
        for (int i = 0; i < CARS; i++) {
            cars.add(TrackFixtures.car(city));
        }
        Long[] vehicleIds = cars.stream().map(TrackFixtures.Car::vehicleId).toArray(Long[]::new);
        Instant t0 = Instant.now().minus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        int total = CARS * POINTS_PER_CAR;
        try (StatefulRedisConnection<byte[], byte[]> writer = redis.binary()) {
            ingestion.newIngestor("setup", writer); // the group exists before anything is written, as in production
            PositionStreamWriter stream = new PositionStreamWriter(writer.sync(), redis.positionsStream());
            for (int i = 0; i < POINTS_PER_CAR; i++) {
                for (int c = 0; c < CARS; c++) {
                    stream.add(cars.get(c).phone(),
                            Reports.at(t0.plusSeconds(10L * i), 30.2 + c * 0.01 + i * 1e-5, 120.1 + i * 1e-5, 40));
                }
            }
        }

        long t1 = System.nanoTime();
        Process victim = start(VICTIM, 2_000, Duration.ofMinutes(10), "forever");
        long committedBefore;
        try {
            // wait until at least one batch is committed and the next one's transaction has written rows
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                assertThat(System.nanoTime()).as("caught the victim inside a batch transaction").isLessThan(deadline);
                assertThat(victim.isAlive()).as("the victim runs until it is killed").isTrue();
                if (stored(vehicleIds) > 0 && inOpenWriteTransaction(VICTIM)) {
                    // Freeze the victim first: the batch may commit between the look and the kill. A frozen client
                    // cannot commit, so a transaction still open a moment later is one the kill lands in.
                    signal(victim, "STOP");
                    Thread.sleep(100);
                    if (inOpenWriteTransaction(VICTIM)) {
                        kill9(victim);
                        break;
                    }
                    signal(victim, "CONT");
                }
            }
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(victim.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        } finally {
            victim.destroyForcibly();
        }
        awaitBackendGone(VICTIM);
        committedBefore = stored(vehicleIds);
        long pendingOfVictim = pendingOf(VICTIM);
        assertThat(committedBefore).as("some batches were committed before the kill").isPositive()
                .isLessThan(total);
        assertThat(committedBefore % 2_000).as("only whole batches were committed").isZero();
        assertThat(pendingOfVictim).as("the batch being written when killed stays pending").isPositive();

        Process rescuer = start(RESCUER, 2_000, Duration.ofMillis(500), "drain");
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = drain(rescuer, output);
        assertThat(rescuer.waitFor(180, TimeUnit.SECONDS)).as("the rescuer drained the stream").isTrue();
        reader.join(5_000);
        assertThat(rescuer.exitValue()).as(String.join("\n", output)).isZero();
        String done = output.stream().filter(l -> l.startsWith("done")).findFirst().orElseThrow();
        long reclaimed = Long.parseLong(done.replaceAll(".*reclaimed=(\\d+).*", "$1"));

        assertThat(reclaimed).as("the rescuer took over what the victim left pending").isGreaterThanOrEqualTo(
                pendingOfVictim);
        assertThat(stored(vehicleIds)).as("every point stored").isEqualTo(total);
        assertThat(TrackFixtures.count(dataSource, "SELECT count(*) FROM (SELECT DISTINCT vehicle_id, fix_time "
                + "FROM position WHERE vehicle_id = ANY(?)) d", (Object) vehicleIds)).as("none twice").isEqualTo(total);
        assertThat(pendingOf(null)).as("nothing left pending").isZero();
        System.out.printf("kill -9 test: %d committed before the kill, %d pending of the dead consumer, %d re-claimed,"
                + " %d stored of %d sent; %.1f s from start of the victim%n", committedBefore, pendingOfVictim, reclaimed, stored(vehicleIds), total, (System.nanoTime() - t1) / 1e9);
    }

    private Process start(String consumer, int batch, Duration claimIdle, String mode) throws Exception {
        Config config = ConfigProvider.getConfig();
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""), redisConfig.url(),
                redisConfig.prefix(), consumer, Integer.toString(batch), Long.toString(claimIdle.toMillis()), mode);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!"drain".equals(mode)) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    private static Thread drain(Process process, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** SIGKILL, as `kill -9 PID` does: no shutdown hook, no rollback from the client side, sockets just close. */
    private static void kill9(Process process) throws Exception {
        signal(process, "KILL");
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    /** The consumer's session is inside a transaction that has written something (it holds a transaction id). */
    private boolean inOpenWriteTransaction(String applicationName) throws Exception {
        return TrackFixtures.count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? "
                + "AND backend_xid IS NOT NULL AND datname = current_database()", applicationName) > 0;
    }

    private void awaitBackendGone(String applicationName) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (TrackFixtures.count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?",
                applicationName) > 0) {
            assertThat(System.nanoTime()).as("PostgreSQL noticed the dead session").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long stored(Long[] vehicleIds) throws Exception {
        return TrackFixtures.count(dataSource, "SELECT count(*) FROM position WHERE vehicle_id = ANY(?)",
                (Object) vehicleIds);
    }

    /** Entries read and not acknowledged: of one consumer, or of the whole group when consumer is null. */
    private long pendingOf(String consumer) {
        try (StatefulRedisConnection<byte[], byte[]> c = redis.binary()) {
            byte[] stream = redis.positionsStream().getBytes(StandardCharsets.UTF_8);
            byte[] group = PositionIngestor.GROUP.getBytes(StandardCharsets.UTF_8);
            PendingMessages summary = c.sync().xpending(stream, group);
            if (consumer == null) {
                return summary.getCount();
            }
            Long own = summary.getConsumerMessageCount().get(consumer);
            return own == null ? 0 : own;
        }
    }
}
