package io.fleet.gateway.server;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gateway whose Redis is unreachable (closed port): it starts, reports DOWN, and never acknowledges success. */
class GatewayWithoutRedisTest {

    private static GatewayServer gateway;

    @BeforeAll
    static void start() throws InterruptedException {
        gateway = GatewayServer.start(TestGateways.config("test:gateway:none:", "no-redis-node")
                .withRedisUrl("redis://localhost:1"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void portInUseFailsTheStartWithTheReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GatewayConfig config = new GatewayConfig("127.0.0.1", taken.getLocalPort(), 0, "redis://localhost:1",
                    "test:gateway:none:", "port-taken-node", Duration.ofSeconds(60), 3, 50, 2082, 32, 10_000,
                    Duration.ofSeconds(1));
            assertThatThrownBy(() -> GatewayServer.start(config)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void healthIsDownWithTheReason() throws Exception {
        var health = TestGateways.get(gateway, "/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).startsWith("{\"status\":\"DOWN\"").contains("redis");
    }

    @Test
    void terminalGetsNoSuccessButTheConnectionSurvives() throws Exception {
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000401", ProtocolVersion.V2013)) {
            terminal.send(terminal.registration());
            // Registry unreadable: silence (a refusal would tell the terminal it does not exist).
            assertThat(terminal.awaitMatching(m -> m.messageId() == MessageIds.REGISTRATION_RESPONSE,
                    Duration.ofMillis(500))).isEmpty();

            int auth = terminal.send(terminal.authentication("0123456789abcdef"));
            assertThat(terminal.awaitGeneralResponse(auth, WAIT).result()).isEqualTo(GeneralResponse.FAILURE);
            int location = terminal.send(TestTerminal.location(0));
            assertThat(terminal.awaitGeneralResponse(location, WAIT).result()).isEqualTo(GeneralResponse.FAILURE);
            assertThat(terminal.awaitClosed(Duration.ofMillis(200))).isFalse();
        }
        assertThat(TestGateways.metric(gateway, "fleet_gateway_auth_failures_total{reason=\"registry_unavailable\"}"))
                .isEqualTo(2);
        assertThat(TestGateways.metric(gateway, "fleet_gateway_dropped_before_auth_total")).isEqualTo(1);
    }
}
