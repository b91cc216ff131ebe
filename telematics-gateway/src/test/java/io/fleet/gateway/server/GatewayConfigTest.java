package io.fleet.gateway.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayConfigTest {

    @Test
    void defaultsWhenNothingIsSet() {
        GatewayConfig config = GatewayConfig.fromEnv(Map.of());
        assertThat(config.port()).isEqualTo(6808);
        assertThat(config.metricsPort()).isEqualTo(6809);
        assertThat(config.redisUrl()).isEqualTo("redis://localhost:6379");
        assertThat(config.prefix()).isEqualTo("fleet:");
        assertThat(config.nodeId()).endsWith("-" + ProcessHandle.current().pid());
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(config.maxFramesPerSecond()).isEqualTo(50);
    }

    @Test
    void readsTheEnvironment() {
        GatewayConfig config = GatewayConfig.fromEnv(Map.of("FLEET_GATEWAY_PORT", "7000",
                "FLEET_GATEWAY_NODE_ID", "gw-1", "FLEET_GATEWAY_HEARTBEAT_SECONDS", "30",
                "FLEET_GATEWAY_IDLE_MULTIPLE", "2", "FLEET_REDIS_PREFIX", "x:"));
        assertThat(config.port()).isEqualTo(7000);
        assertThat(config.nodeId()).isEqualTo("gw-1");
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.prefix()).isEqualTo("x:");
    }

    @Test
    void rejectsNonsenseWithTheVariableName() {
        assertThatThrownBy(() -> GatewayConfig.fromEnv(Map.of("FLEET_GATEWAY_PORT", "six")))
                .hasMessageContaining("FLEET_GATEWAY_PORT");
        assertThatThrownBy(() -> GatewayConfig.fromEnv(Map.of("FLEET_GATEWAY_MAX_FRAMES_PER_SECOND", "0")))
                .hasMessageContaining("FLEET_GATEWAY_MAX_FRAMES_PER_SECOND");
    }
}
