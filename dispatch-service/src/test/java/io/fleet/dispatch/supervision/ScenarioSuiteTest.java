package io.fleet.dispatch.supervision;

import io.fleet.dispatch.track.PositionStreamWriter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The labelled scenario suite fed at the positions stream: 0x0200 bodies appended exactly as the gateway writes them
 * (quick, and independent of the gateway); {@link ScenarioSuiteGatewayTest} runs it through the gateway's socket.
 */
@QuarkusTest
class ScenarioSuiteTest extends LabelledScenarios {

    @Override
    Feed.Uplink uplink(StatefulRedisConnection<byte[], byte[]> connection) {
        PositionStreamWriter stream = new PositionStreamWriter(connection.sync(), redis.positionsStream());
        return stream::add;
    }

    @Override
    String reportName() {
        return "supervision-scenarios";
    }
}
