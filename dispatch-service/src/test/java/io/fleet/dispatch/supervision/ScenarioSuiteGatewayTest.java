package io.fleet.dispatch.supervision;

import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The labelled scenario suite end to end, as the issue asks: every scenario's track sent as JT/T 808 frames by
 * simulator terminals over TCP to a real gateway, which writes the positions stream this service ingests; trips,
 * fences, duties, sealing and calendar days through the REST API; one supervision round; precision and recall per
 * rule written to target/supervision-scenarios-gateway.md (docs/benchmarks.md quotes them).
 */
@QuarkusTest
class ScenarioSuiteGatewayTest extends LabelledScenarios {

    @Inject
    RedisConfig redisConfig;

    @Override
    Feed.Uplink uplink(StatefulRedisConnection<byte[], byte[]> connection) throws Exception {
        return new GatewayUplink(redisConfig);
    }

    @Override
    String reportName() {
        return "supervision-scenarios-gateway";
    }
}
