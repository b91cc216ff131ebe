package io.fleet.mobile.idempotency;

import java.time.Duration;
import java.util.List;

import io.fleet.mobile.MobileConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers, per account and idempotency key, that a write was started and what it answered, so that a phone that
 * lost the response and retries gets the first answer back instead of doing the work twice. Claiming a key is one
 * atomic Redis script: of two concurrent retries exactly one proceeds.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** KEYS[1] the key; ARGV[1] fingerprint of the request; ARGV[2] ttl in ms. Returns {state, fingerprint, answer}. */
    private static final String CLAIM = """
            local current = redis.call('HGETALL', KEYS[1])
            if #current == 0 then
              redis.call('HSET', KEYS[1], 'state', 'running', 'fingerprint', ARGV[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return {'new', ARGV[1], ''}
            end
            local h = {}
            for i = 1, #current, 2 do h[current[i]] = current[i + 1] end
            return {h['state'], h['fingerprint'], h['answer'] or ''}
            """;

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final Duration ttl;

    IdempotencyStore(MobileConfig config) {
        this.client = RedisClient.create(config.redis().url());
        this.redis = client.connect();
        this.prefix = config.redis().prefix() + "idem:";
        this.ttl = config.idempotency().ttl();
    }

    /**
     * Claims the key for a request. {@code fingerprint} identifies the request's content (method, path, body hash): a
     * key reused for a different request is refused rather than answered with another request's result.
     */
    public Claim claim(String account, String key, String fingerprint) {
        List<String> result = redis.sync().eval(CLAIM, ScriptOutputType.MULTI, new String[] {redisKey(account, key)},
                fingerprint, Long.toString(ttl.toMillis()));
        String state = result.get(0);
        if (!fingerprint.equals(result.get(1))) {
            return Claim.mismatch();
        }
        return switch (state) {
            case "new" -> Claim.proceed();
            case "done" -> Claim.replay(result.get(2));
            default -> Claim.inProgress();
        };
    }

    /** Stores the answer of a claimed request; later retries replay it. */
    public void complete(String account, String key, String answer) {
        String k = redisKey(account, key);
        var sync = redis.sync();
        sync.hset(k, java.util.Map.of("state", "done", "answer", answer));
        sync.pexpire(k, ttl.toMillis());
    }

    /** Releases a claim whose request failed before doing anything, so a retry may try again. */
    public void release(String account, String key) {
        redis.sync().del(redisKey(account, key));
    }

    public boolean ping() {
        return "PONG".equals(redis.sync().ping());
    }

    private String redisKey(String account, String key) {
        return prefix + account + ":" + key;
    }

    @PreDestroy
    void close() {
        redis.close();
        client.shutdown();
    }

    /** What a request may do with its key. */
    public record Claim(Outcome outcome, String answer) {
        static Claim proceed() {
            return new Claim(Outcome.PROCEED, null);
        }

        static Claim replay(String answer) {
            return new Claim(Outcome.REPLAY, answer);
        }

        static Claim inProgress() {
            return new Claim(Outcome.IN_PROGRESS, null);
        }

        static Claim mismatch() {
            return new Claim(Outcome.KEY_REUSED, null);
        }
    }

    public enum Outcome {
        /** First time: do the work, then complete(). */
        PROCEED,
        /** Done before: answer with the stored answer. */
        REPLAY,
        /** Another attempt with this key is still running: answer 409 and let the phone retry later. */
        IN_PROGRESS,
        /** The key was used for a different request: answer 422. */
        KEY_REUSED
    }
}
