package io.fleet.gateway.server.metrics;

import io.fleet.gateway.codec.InvalidKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayMetricsTest {

    @Test
    void rendersPrometheusTextWithLabelsAndCumulativeBuckets() {
        GatewayMetrics metrics = new GatewayMetrics();
        metrics.connectionOpened();
        metrics.frameIn("0200");
        metrics.frameIn("0200");
        metrics.decodeError(InvalidKind.BAD_CHECKSUM);
        metrics.authFailure("bad_auth_code");
        metrics.streamWrite(true, 3_000_000);
        metrics.streamWrite(false, 2_000_000_000L);

        String text = metrics.render();

        assertThat(text).contains(
                "# TYPE fleet_gateway_connections gauge\nfleet_gateway_connections 1\n",
                "fleet_gateway_frames_in_total{msg_id=\"0200\"} 2\n",
                "fleet_gateway_decode_errors_total{kind=\"bad_checksum\"} 1\n",
                "fleet_gateway_auth_failures_total{reason=\"bad_auth_code\"} 1\n",
                "fleet_gateway_stream_writes_total{result=\"ok\"} 1\n",
                "fleet_gateway_stream_writes_total{result=\"failed\"} 1\n",
                "fleet_gateway_stream_write_seconds_bucket{le=\"0.002\"} 0\n",
                "fleet_gateway_stream_write_seconds_bucket{le=\"0.005\"} 1\n",
                "fleet_gateway_stream_write_seconds_bucket{le=\"2.5\"} 2\n",
                "fleet_gateway_stream_write_seconds_bucket{le=\"+Inf\"} 2\n",
                "fleet_gateway_stream_write_seconds_count 2\n");
    }
}
