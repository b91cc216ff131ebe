package io.fleet.gateway.server;

import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idle timeout and frame rate limit, with a 400 ms heartbeat (idle after 800 ms) and 20 frames/s. Timings are
 * asserted as lower bounds only, so a loaded machine cannot make them fail.
 */
class GatewayConnectionLimitsTest extends GatewayTestBase {

    private static final Duration HEARTBEAT = Duration.ofMillis(400);
    private static final int FRAMES_PER_SECOND = 20;

    @BeforeAll
    static void start() throws InterruptedException {
        startGateway(prefix -> TestGateways.config(prefix, "limits-test-node", HEARTBEAT, FRAMES_PER_SECOND, 32));
    }

    @Test
    void silentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000201", ProtocolVersion.V2013)) {
            long opened = System.nanoTime();
            assertThat(terminal.awaitClosed(WAIT)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThanOrEqualTo(Duration.ofMillis(750));
        }
    }

    @Test
    void heartbeatsKeepTheConnectionOpen() throws Exception {
        redis.terminal("13900000202", "v-202", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000202", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            long until = System.nanoTime() + Duration.ofMillis(2000).toNanos();
            while (System.nanoTime() < until) {
                int serial = terminal.send(new EmptyBody(MessageIds.HEARTBEAT));
                assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
                assertThat(terminal.awaitClosed(HEARTBEAT.dividedBy(2))).isFalse();
            }
            assertThat(terminal.awaitClosed(WAIT)).isTrue();
        }
    }

    @Test
    void floodIsSlowedDownNotDropped() throws Exception {
        redis.terminal("13900000203", "v-203", true);
        long connected = System.nanoTime();
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000203", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            double pauses = TestGateways.metric(gateway, "fleet_gateway_rate_limit_pauses_total{scope=\"channel\"}");
            // Two seconds' worth in one burst: the gateway has read them, so it answers them all, then owes ~1 s.
            int burst = 2 * FRAMES_PER_SECOND;
            ByteArrayOutputStream frames = new ByteArrayOutputStream();
            for (int i = 0; i < burst; i++) {
                frames.write(Jt808Codec.standard().encode(Jt808Message.of(ProtocolVersion.V2013, "013900000203",
                        1000 + i, new EmptyBody(MessageIds.HEARTBEAT))));
            }
            terminal.sendRaw(frames.toByteArray());
            for (int i = 0; i < burst; i++) {
                assertThat(terminal.awaitGeneralResponse(1000 + i, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            }
            int late = terminal.send(new EmptyBody(MessageIds.HEARTBEAT));
            assertThat(terminal.awaitGeneralResponse(late, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            // 43 frames against a full bucket of 20 refilled at 20/s: the last is read no sooner than 1.1 s in.
            assertThat(Duration.ofNanos(System.nanoTime() - connected)).isGreaterThan(Duration.ofMillis(1000));
            assertThat(TestGateways.metric(gateway, "fleet_gateway_rate_limit_pauses_total{scope=\"channel\"}"))
                    .isGreaterThan(pauses);
        }
    }
}
