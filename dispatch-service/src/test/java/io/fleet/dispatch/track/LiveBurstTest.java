package io.fleet.dispatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.SignedIn;
import io.fleet.dispatch.track.ingest.PositionIngestor;
import io.fleet.dispatch.track.ingest.TrackIngestion;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A burst through the real path (positions stream → ingest → live hash + pub/sub → SSE) to a client that reads slowly
 * must still end with every car at its newest state, exactly as Redis keeps it; a client connecting afterwards gets
 * every car's state at once. Before the per-client newest-per-vehicle queue, the stream kept a backlog of every
 * position and dropped the client (losing the rest of the burst) once it passed 4,096 behind.
 */
@QuarkusTest
class LiveBurstTest {

    // 18,000 updates (each batch one position per car): more than the old per-client backlog of 4,096 positions and
    // the few megabytes the kernel's socket buffers hold for a client that does not read
    private static final int CARS = 150;
    private static final int ROUNDS = 120;
    private static final Pattern VEHICLE = Pattern.compile("\"vehicleId\":(\\d+)");
    private static final Pattern FIX = Pattern.compile("\"fixTimeMillis\":(\\d+)");

    @Inject
    TrackIngestion ingestion;
    @Inject
    TrackRedis redis;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aSlowClientEndsWithEveryCarsNewestStateAndALateClientCatchesUp() throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long unit = Api.organisation(city, "UNIT");
        List<TrackFixtures.Car> cars = new ArrayList<>();
        for (int i = 0; i < CARS; i++) {
            cars.add(TrackFixtures.car(unit));
        }
        // encoded up front (the codec is linked by Quarkus' class loader on this thread)
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        byte[][][] reports = new byte[ROUNDS][CARS][];
        for (int round = 0; round < ROUNDS; round++) {
            for (int c = 0; c < CARS; c++) {
                reports[round][c] = Reports.body(Reports.at(start.plusSeconds(round), 30.20 + c * 0.001 + round * 0.0001,
                        120.10 + c * 0.001, 36));
            }
        }

        try (StatefulRedisConnection<byte[], byte[]> connection = redis.binary();
             SseClient slow = SseClient.open(base, "/api/live/stream?org=" + unit, SignedIn.token())) {
            PositionStreamWriter stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
            PositionIngestor ingestor = ingestion.newIngestor("live-burst-test", connection);
            // first round: wait until the client sees it, so its subscription is certainly in place
            ingestRound(stream, ingestor, cars, reports[0]);
            slow.readUntil(state -> state.size() == CARS, 60_000);

            // the burst, while the client reads nothing (a busy browser tab; its receive window is small)
            for (int round = 1; round < ROUNDS; round++) {
                ingestRound(stream, ingestor, cars, reports[round]);
            }
            Map<Long, Long> live = liveState(cars);
            assertThat(live.values()).allMatch(t -> t == start.plusSeconds(ROUNDS - 1).toEpochMilli());

            slow.readUntil(state -> state.equals(live), 120_000);
            assertThat(slow.state).isEqualTo(live);
            assertThat(slow.wentBack).as("positions older than one already received").isZero();
            assertThat(slow.events).isGreaterThanOrEqualTo(2 * CARS).isLessThanOrEqualTo(CARS * ROUNDS);

            // a client that (re)connects after the burst gets every car's newest state without any new report
            try (SseClient late = SseClient.open(base, "/api/live/stream?org=" + unit, SignedIn.token())) {
                late.readUntil(state -> state.equals(live), 60_000);
                assertThat(late.state).isEqualTo(live);
                assertThat(late.events).isEqualTo(CARS);
            }
        }
    }

    private static void ingestRound(PositionStreamWriter stream, PositionIngestor ingestor,
                                    List<TrackFixtures.Car> cars, byte[][] round) throws Exception {
        for (int c = 0; c < cars.size(); c++) {
            stream.add(cars.get(c).phone(), "0200", round[c]);
        }
        while (ingestor.pollOnce() > 0) {
            // store and publish
        }
    }

    private Map<Long, Long> liveState(List<TrackFixtures.Car> cars) {
        Map<Long, Long> result = new HashMap<>();
        try (StatefulRedisConnection<String, String> text = redis.text()) {
            for (TrackFixtures.Car car : cars) {
                String json = text.sync().hget(redis.liveHash(), Long.toString(car.vehicleId()));
                assertThat(json).as("live state of vehicle %d", car.vehicleId()).isNotNull();
                Matcher fix = FIX.matcher(json);
                assertThat(fix.find()).isTrue();
                result.put(car.vehicleId(), Long.parseLong(fix.group(1)));
            }
        }
        return result;
    }

    /**
     * A server-sent-events client on a plain socket with a small receive buffer, so that while it does not read the
     * server really cannot write (an HTTP client library would buffer megabytes for it). Parses HTTP/1.1 chunks.
     */
    private static final class SseClient implements AutoCloseable {
        final Map<Long, Long> state = new HashMap<>();
        int events;
        int wentBack;
        private final Socket socket;
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean ended;
        private boolean statusSeen;

        private SseClient(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        static SseClient open(URL base, String path, String token) throws IOException {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new SseClient(socket);
        }

        /** Reads events until the state satisfies the condition, the stream ends, or the time is up. */
        void readUntil(Predicate<Map<Long, Long>> done, long millis) throws IOException {
            long deadline = System.currentTimeMillis() + millis;
            socket.setSoTimeout(200);
            while (!done.test(state) && !ended && System.currentTimeMillis() < deadline) {
                String text;
                try {
                    text = readLine();
                } catch (SocketTimeoutException e) {
                    continue;
                }
                if (text == null) {
                    ended = true;
                } else if (!statusSeen) {
                    assertThat(text).as("status line").startsWith("HTTP/1.1 200");
                    statusSeen = true;
                } else if (text.startsWith("data:")) {
                    event(text.substring(5));
                }
                // header lines, chunk sizes, blank lines and comments carry no position
            }
        }

        private void event(String json) {
            Matcher vehicle = VEHICLE.matcher(json);
            Matcher fix = FIX.matcher(json);
            assertThat(vehicle.find() && fix.find()).as("position event %s", json).isTrue();
            long id = Long.parseLong(vehicle.group(1));
            long t = Long.parseLong(fix.group(1));
            events++;
            Long before = state.put(id, t);
            if (before != null && before > t) {
                wentBack++;
                state.put(id, before);
            }
        }

        /**
         * One line; chunk-size lines come through as lines of their own, which is harmless because RESTEasy writes
         * each event in one chunk. Keeps a partial line across a read time-out.
         */
        private String readLine() throws IOException {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                line.write(b);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
