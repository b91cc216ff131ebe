package io.fleet.dispatch.security;

import java.time.Instant;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Failed password sign-ins per client address. The lock-out counts per account, so one address trying a common
 * password against many accounts (password spraying) would never meet it; this counts the failures of an address in
 * a fixed window (a Redis counter per address and window, shared by every instance) and refuses its further attempts
 * with 429 until the window ends. Only failures count, so an office behind one address signing in rightly is not
 * held up.
 */
@ApplicationScoped
public class SignInLimit {

    private static final Logger LOG = Logger.getLogger(SignInLimit.class);
    public static final String RATE_LIMITED = "urn:fleet:problem:rate-limited";

    private final StatefulRedisConnection<String, String> redis;
    private final SecurityConfig config;
    private final String prefix;

    SignInLimit(StatefulRedisConnection<String, String> redis, SecurityConfig config, RedisConfig redisConfig) {
        this.redis = redis;
        this.config = config;
        this.prefix = redisConfig.prefix() + "sign-in-failures:";
    }

    /** 429 when {@code address} has failed too often in the current window. */
    public void check(String address, Instant now) {
        String value;
        try {
            value = redis.sync().get(key(address, now));
        } catch (RuntimeException e) {
            // the per-account lock-out still applies; refusing every sign-in while Redis is away would be worse
            LOG.warnf("sign-in limit per address not applied, Redis failed: %s", e.getMessage());
            return;
        }
        if (value != null && Long.parseLong(value) >= config.signInFailuresPerAddress()) {
            long windowSeconds = config.signInFailureWindow().toSeconds();
            long retryAfter = windowSeconds - now.getEpochSecond() % windowSeconds;
            throw new ProblemException(new Problem(RATE_LIMITED, "Too many failed sign-ins", 429,
                    "too many failed sign-ins from this address; try again in " + (retryAfter + 59) / 60 + " min",
                    null), retryAfter);
        }
    }

    /** Counts one failed sign-in of {@code address}. */
    public void failed(String address, Instant now) {
        String key = key(address, now);
        try {
            long n = redis.sync().incr(key);
            if (n == 1) {
                redis.sync().expire(key, config.signInFailureWindow().toSeconds() + 60);
            }
            if (n == config.signInFailuresPerAddress()) {
                LOG.warnf("sign-in: %d failures from %s in this window; further attempts refused", n, address);
            }
        } catch (RuntimeException e) {
            LOG.warnf("sign-in failure of %s not counted, Redis failed: %s", address, e.getMessage());
        }
    }

    private String key(String address, Instant now) {
        return prefix + address + ":" + now.getEpochSecond() / config.signInFailureWindow().toSeconds();
    }
}
