package io.fleet.gateway.server.redis;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Appends one entry to a Redis stream. Completes with the entry id once Redis has it; fails otherwise. The
 * gateway acknowledges a terminal's message only after this completes, so an implementation must never report
 * success for an entry it did not store.
 */
@FunctionalInterface
public interface StreamAppender {

    CompletionStage<String> append(String stream, Map<String, byte[]> fields);

    /**
     * The same, called on the event loop {@code eventLoop}; an implementation may hold the append until that loop's
     * current turn is over to send several at once.
     */
    default CompletionStage<String> append(String stream, Map<String, byte[]> fields, Executor eventLoop) {
        return append(stream, fields);
    }

    /** XADD without MAXLEN: nothing is trimmed before dispatch-service has consumed it. */
    static StreamAppender redis(RedisLink redis) {
        return (stream, fields) -> redis.call(c -> c.xadd(stream, fields));
    }
}
