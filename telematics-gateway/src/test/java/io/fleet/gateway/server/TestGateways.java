package io.fleet.gateway.server;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Gateway configurations for tests: loopback, ephemeral ports, short timings. */
final class TestGateways {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private TestGateways() {
    }

    static GatewayConfig config(String prefix, String nodeId) {
        return config(prefix, nodeId, Duration.ofSeconds(60), 50, 32);
    }

    /** Idle timeout is twice {@code heartbeat}. */
    static GatewayConfig config(String prefix, String nodeId, Duration heartbeat, int maxFramesPerSecond,
                                int maxPendingPerChannel) {
        return new GatewayConfig("127.0.0.1", 0, 0, RedisFixture.URL, prefix, nodeId, heartbeat, 2,
                maxFramesPerSecond, Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, maxPendingPerChannel, 10_000,
                Duration.ofSeconds(2));
    }

    static HttpResponse<String> get(GatewayServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort() + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one sample line of /metrics, e.g. {@code fleet_gateway_frames_in_total{msg_id="0200"}}; 0 if absent. */
    static double metric(GatewayServer server, String sample) throws IOException, InterruptedException {
        for (String line : get(server, "/metrics").body().split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1));
            }
        }
        return 0;
    }
}
