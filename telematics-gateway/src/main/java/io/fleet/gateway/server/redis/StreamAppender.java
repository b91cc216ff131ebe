package io.fleet.gateway.server.redis;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Appends one entry to a Redis stream. Completes with the entry id once Redis has it; fails otherwise. The
 * gateway acknowledges a terminal's message only after this completes, so an implementation must never report
 * success for an entry it did not store.
 */
@FunctionalInterface
public interface StreamAppender {

    CompletionStage<String> append(String stream, Map<String, byte[]> fields);

    /** XADD without MAXLEN: nothing is trimmed before dispatch-service has consumed it. */
    static StreamAppender redis(RedisLink redis) {
        return (stream, fields) -> redis.call(c -> c.xadd(stream, fields));
    }
}
