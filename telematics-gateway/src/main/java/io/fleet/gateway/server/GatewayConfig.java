package io.fleet.gateway.server;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

/**
 * Every setting of the gateway, read once from the environment (names and defaults in docs/gateway.md).
 * Tests build it directly with short timings and port 0.
 *
 * @param heartbeat             the terminals' heartbeat interval; a connection silent for
 *                              {@code heartbeat * idleMultiple} is closed
 * @param maxPendingPerChannel  stream writes in flight per connection before it stops reading
 * @param maxPendingGlobal      stream writes in flight on this node before every connection stops reading
 * @param redisTimeout          how long one Redis command may take before it counts as failed
 * @param rsaKeyFile            PKCS#8 PEM file of the platform's 1024-bit RSA private key, or null: RSA-encrypted
 *                              bodies are then refused
 * @param replayWindow          a frame equal to one stored this long ago or less (same terminal, id, serial and
 *                              body) is acknowledged but not stored again
 */
public record GatewayConfig(String bindHost, int port, int metricsPort, String redisUrl, String prefix,
                            String nodeId, Duration heartbeat, int idleMultiple, int maxFramesPerSecond,
                            int maxFrameLength, int maxPendingPerChannel, int maxPendingGlobal,
                            Duration redisTimeout, String rsaKeyFile, Duration replayWindow) {

    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(10);

    /** Without an RSA key, with the default replay window. */
    public GatewayConfig(String bindHost, int port, int metricsPort, String redisUrl, String prefix, String nodeId,
                         Duration heartbeat, int idleMultiple, int maxFramesPerSecond, int maxFrameLength,
                         int maxPendingPerChannel, int maxPendingGlobal, Duration redisTimeout) {
        this(bindHost, port, metricsPort, redisUrl, prefix, nodeId, heartbeat, idleMultiple, maxFramesPerSecond,
                maxFrameLength, maxPendingPerChannel, maxPendingGlobal, redisTimeout, null, DEFAULT_REPLAY_WINDOW);
    }

    public GatewayConfig {
        requirePositive("FLEET_GATEWAY_IDLE_MULTIPLE", idleMultiple);
        requirePositive("FLEET_GATEWAY_MAX_FRAMES_PER_SECOND", maxFramesPerSecond);
        requirePositive("FLEET_GATEWAY_MAX_FRAME_LENGTH", maxFrameLength);
        requirePositive("FLEET_GATEWAY_MAX_PENDING_PER_CHANNEL", maxPendingPerChannel);
        requirePositive("FLEET_GATEWAY_MAX_PENDING", maxPendingGlobal);
        if (heartbeat.isZero() || heartbeat.isNegative() || redisTimeout.isZero() || redisTimeout.isNegative()) {
            throw new IllegalArgumentException("heartbeat and Redis timeout must be positive");
        }
        if (replayWindow == null || replayWindow.isNegative()) {
            throw new IllegalArgumentException("FLEET_GATEWAY_REPLAY_WINDOW_SECONDS must be 0 or more");
        }
        if (rsaKeyFile != null && rsaKeyFile.isBlank()) {
            rsaKeyFile = null;
        }
        if (port < 0 || metricsPort < 0 || port > 65535 || metricsPort > 65535) {
            throw new IllegalArgumentException("ports must be 0..65535");
        }
    }

    public static GatewayConfig fromEnv(Map<String, String> env) {
        return new GatewayConfig(
                env.getOrDefault("FLEET_GATEWAY_BIND_HOST", "0.0.0.0"),
                intValue(env, "FLEET_GATEWAY_PORT", 6808),
                intValue(env, "FLEET_GATEWAY_METRICS_PORT", 6809),
                env.getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379"),
                env.getOrDefault("FLEET_REDIS_PREFIX", "fleet:"),
                env.getOrDefault("FLEET_GATEWAY_NODE_ID", defaultNodeId()),
                Duration.ofSeconds(intValue(env, "FLEET_GATEWAY_HEARTBEAT_SECONDS", 60)),
                intValue(env, "FLEET_GATEWAY_IDLE_MULTIPLE", 3),
                intValue(env, "FLEET_GATEWAY_MAX_FRAMES_PER_SECOND", 50),
                intValue(env, "FLEET_GATEWAY_MAX_FRAME_LENGTH", Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH),
                intValue(env, "FLEET_GATEWAY_MAX_PENDING_PER_CHANNEL", 32),
                intValue(env, "FLEET_GATEWAY_MAX_PENDING", 10_000),
                Duration.ofMillis(intValue(env, "FLEET_REDIS_TIMEOUT_MS", 2000)),
                env.get("FLEET_GATEWAY_RSA_KEY"),
                Duration.ofSeconds(intValue(env, "FLEET_GATEWAY_REPLAY_WINDOW_SECONDS",
                        (int) DEFAULT_REPLAY_WINDOW.toSeconds())));
    }

    /** Silence after which a connection is closed. */
    public Duration idleTimeout() {
        return heartbeat.multipliedBy(idleMultiple);
    }

    public GatewayConfig withRedisUrl(String url) {
        return new GatewayConfig(bindHost, port, metricsPort, url, prefix, nodeId, heartbeat, idleMultiple,
                maxFramesPerSecond, maxFrameLength, maxPendingPerChannel, maxPendingGlobal, redisTimeout, rsaKeyFile,
                replayWindow);
    }

    public GatewayConfig withRsaKeyFile(String file) {
        return new GatewayConfig(bindHost, port, metricsPort, redisUrl, prefix, nodeId, heartbeat, idleMultiple,
                maxFramesPerSecond, maxFrameLength, maxPendingPerChannel, maxPendingGlobal, redisTimeout, file,
                replayWindow);
    }

    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "gateway";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    private static int intValue(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
