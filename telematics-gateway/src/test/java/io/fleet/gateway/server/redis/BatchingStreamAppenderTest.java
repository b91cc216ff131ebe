package io.fleet.gateway.server.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netty.channel.DefaultEventLoop;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pipelined XADDs against the real local Redis: every append of one event-loop turn stored, in order, each acked. */
class BatchingStreamAppenderTest {

    private static final String URL = System.getenv().getOrDefault("FLEET_REDIS_URL", "redis://localhost:6379");

    @Test
    void appendsOfOneTurnAreStoredInOrderAndEachCompletes() throws Exception {
        String stream = "test:gateway:" + UUID.randomUUID().toString().substring(0, 8) + ":batch";
        DefaultEventLoop loop = new DefaultEventLoop();
        RedisClient client = RedisClient.create(URL);
        try (RedisLink redis = new RedisLink(URL, Duration.ofSeconds(2));
             StatefulRedisConnection<String, byte[]> check = client.connect(RedisLink.CODEC, io.lettuce.core.RedisURI.create(URL))) {
            assertThat(redis.awaitFirstAttempt(Duration.ofSeconds(5))).isTrue();
            BatchingStreamAppender appender = new BatchingStreamAppender(redis);
            List<CompletionStage<String>> ids = loop.submit(() -> {
                List<CompletionStage<String>> stages = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    Map<String, byte[]> fields = new LinkedHashMap<>();
                    fields.put("n", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                    fields.put("body", new byte[] {(byte) i, 0x7e, 0});
                    stages.add(appender.append(stream, fields, loop));
                }
                return stages;
            }).get(5, TimeUnit.SECONDS);
            CompletableFuture.allOf(ids.stream().map(CompletionStage::toCompletableFuture)
                    .toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertThat(ids).allSatisfy(id -> assertThat(id.toCompletableFuture().get()).matches("\\d+-\\d+"));

            List<StreamMessage<String, byte[]>> entries = check.sync().xrange(stream, io.lettuce.core.Range.create("-", "+"));
            assertThat(entries).hasSize(500);
            for (int i = 0; i < 500; i++) {
                assertThat(new String(entries.get(i).getBody().get("n"), StandardCharsets.UTF_8))
                        .isEqualTo(Integer.toString(i));
                assertThat(entries.get(i).getBody().get("body")).containsExactly((byte) i, 0x7e, 0);
            }
            check.sync().del(stream);
        } finally {
            client.shutdown();
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutRedisEveryAppendFailsAtOnce() throws Exception {
        DefaultEventLoop loop = new DefaultEventLoop();
        try (RedisLink redis = new RedisLink("redis://localhost:1", Duration.ofMillis(500))) {
            redis.awaitFirstAttempt(Duration.ofSeconds(2));
            BatchingStreamAppender appender = new BatchingStreamAppender(redis);
            CompletionStage<String> id = loop.submit(() -> appender.append("nowhere", Map.of("a", new byte[] {1}), loop))
                    .get(5, TimeUnit.SECONDS);
            assertThatThrownBy(() -> id.toCompletableFuture().get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(RedisLink.RedisUnavailableException.class);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
