package io.fleet.gateway.server;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.server.redis.StreamAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Redis that accepts stream writes but answers late: the gateway must stop reading the connection at 4 writes
 * in flight, acknowledge nothing before the write completed, and answer failed writes with 0x8001 failure.
 * Registration and authentication use the real Redis; only the uplink appends are held by the test.
 */
class GatewayBackPressureTest extends GatewayTestBase {

    private static final int MAX_PENDING_PER_CHANNEL = 4;
    private static final String FAILED_WRITES = "fleet_gateway_stream_writes_total{result=\"failed\"}";
    private static final HeldAppender appender = new HeldAppender();

    @BeforeAll
    static void start() throws InterruptedException {
        startGateway(prefix -> TestGateways.config(prefix, "backpressure-test-node", Duration.ofSeconds(60), 50,
                MAX_PENDING_PER_CHANNEL), appender);
    }

    @AfterAll
    static void releaseHeldWrites() {
        appender.completeAll(null);
    }

    @Test
    void slowStreamWritesStopReadingAndNothingIsAcknowledgedEarly() throws Exception {
        redis.terminal("13900000301", "v-301", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000301", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int[] firstSerials = new int[MAX_PENDING_PER_CHANNEL];
            for (int i = 0; i < firstSerials.length; i++) {
                firstSerials[i] = terminal.send(TestTerminal.location(0));
            }
            RedisFixture.poll(appender::size, n -> n == MAX_PENDING_PER_CHANNEL, WAIT);
            assertThat(TestGateways.metric(gateway, "fleet_gateway_backpressure_pauses_total{scope=\"channel\"}"))
                    .isEqualTo(1);

            int[] laterSerials = {terminal.send(TestTerminal.location(0)), terminal.send(TestTerminal.location(0))};
            // Nothing may move while the writes are held: no acknowledgement, and the later frames stay unread.
            assertThat(terminal.awaitMatching(m -> true, Duration.ofMillis(300))).isEmpty();
            assertThat(appender.size()).isEqualTo(MAX_PENDING_PER_CHANNEL);

            appender.completeAll(null);
            for (int serial : firstSerials) {
                assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isZero();
            }
            RedisFixture.poll(appender::size, n -> n == MAX_PENDING_PER_CHANNEL + laterSerials.length, WAIT);
            double failedBefore = TestGateways.metric(gateway, FAILED_WRITES);
            appender.completeAll(new IllegalStateException("simulated Redis failure"));
            for (int serial : laterSerials) {
                assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(1);
            }
            assertThat(TestGateways.metric(gateway, FAILED_WRITES)).isEqualTo(failedBefore + laterSerials.length);
        }
    }

    @Test
    void shutdownLetsPendingWritesFinishAndSendsTheirAcknowledgements() throws Exception {
        redis.terminal("13900000302", "v-302", true);
        HeldAppender slow = new HeldAppender();
        GatewayServer second = GatewayServer.start(TestGateways.config(redis.prefix, "shutdown-test-node"), slow);
        try (TestTerminal terminal = new TestTerminal(second.port(), "013900000302", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.send(TestTerminal.location(0));
            RedisFixture.poll(slow::size, n -> n == 1, WAIT);

            Thread closing = new Thread(second::close);
            closing.start();
            Thread.sleep(200); // the close is now waiting for the held write
            assertThat(closing.isAlive()).isTrue();
            slow.completeAll(null);

            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isZero();
            assertThat(terminal.awaitClosed(WAIT)).isTrue();
            closing.join(WAIT.toMillis());
            assertThat(closing.isAlive()).isFalse();
        } finally {
            second.close();
        }
    }

    /** Records appends and completes them only when told to. */
    static final class HeldAppender implements StreamAppender {
        private final List<CompletableFuture<String>> appends = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<String> append(String stream, Map<String, byte[]> fields) {
            CompletableFuture<String> future = new CompletableFuture<>();
            appends.add(future);
            return future;
        }

        int size() {
            return appends.size();
        }

        void completeAll(Throwable failure) {
            for (CompletableFuture<String> future : appends) {
                if (failure == null) {
                    future.complete("0-1");
                } else {
                    future.completeExceptionally(failure);
                }
            }
        }
    }
}
