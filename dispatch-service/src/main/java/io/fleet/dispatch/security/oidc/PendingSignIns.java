package io.fleet.dispatch.security.oidc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * City-identity sign-ins under way: between the redirect to the provider and its return, the state, nonce and PKCE
 * verifier wait in Redis (any instance may receive the return), keyed by the state, for ten minutes, and are taken
 * once (a replayed return finds nothing).
 */
@ApplicationScoped
class PendingSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One sign-in under way; {@code redirectUri} is sent again with the code, as the token endpoint requires;
     * {@code next} is the console page to return to.
     */
    record Pending(String nonce, String codeVerifier, String redirectUri, String next) {

        /** The PKCE S256 challenge of the verifier. */
        String codeChallenge() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final StatefulRedisConnection<String, String> redis;
    private final ObjectMapper json;
    private final String prefix;

    PendingSignIns(StatefulRedisConnection<String, String> redis, ObjectMapper json, RedisConfig redisConfig) {
        this.redis = redis;
        this.json = json;
        this.prefix = redisConfig.prefix() + "oidc-pending:";
    }

    /** A fresh random value (256 bits, URL-safe): states, nonces and PKCE verifiers. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void put(String state, Pending pending) {
        try {
            redis.sync().set(prefix + state, json.writeValueAsString(pending), SetArgs.Builder.px(LIFETIME.toMillis()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sign-in of this state, removed as it is read; null when unknown, expired or already used. */
    Pending take(String state) {
        String value = redis.sync().getdel(prefix + state);
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, Pending.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
