package io.fleet.dispatch.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.redis.RedisConfig;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Session tokens: JWTs signed RS256 with TokenKeys (MicroProfile JWT claim names upn and groups, plus orgId and
 * orgPath). Two issuers are accepted: this service (console sign-in) and mobile-api, which signs phone tokens with the
 * same key pair and forwards them on the phone's behalf, so dispatch-service knows and checks the real person behind
 * every call. Signing out puts the token id on a Redis deny-list until the token would have expired.
 */
@ApplicationScoped
public class Tokens {

    public static final String ISSUER = "fleet-dispatch-service";
    public static final String MOBILE_ISSUER = "fleet-mobile-api";

    private final TokenKeys keys;
    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;
    private final JwtConsumer consumer;

    Tokens(TokenKeys keys, StatefulRedisConnection<String, String> redis, RedisConfig redisConfig) {
        this.keys = keys;
        this.redis = redis;
        this.prefix = redisConfig.prefix();
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime().setRequireSubject().setRequireJwtId().setAllowedClockSkewInSeconds(30)
                .setExpectedIssuers(true, ISSUER, MOBILE_ISSUER).setVerificationKey(keys.verifying())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** A signed token for this caller (its token id and expiry are the ones the token will carry). */
    public String issue(Caller c) {
        return sign(c, keys.signing());
    }

    /** The token of {@code c} signed with {@code key}: issue's work, also for tools that hold the key themselves. */
    static String sign(Caller c, java.security.PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(String.valueOf(c.accountId()));
        claims.setJwtId(c.tokenId());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromMilliseconds(c.expiresAt().toEpochMilli()));
        claims.setClaim("upn", c.username());
        claims.setClaim("name", c.displayName());
        claims.setStringListClaim("groups", c.roles().stream().sorted().map(Enum::name).toList());
        claims.setClaim("orgId", c.orgId());
        claims.setClaim("orgPath", c.orgPath());
        if (c.driverId() != null) {
            claims.setClaim("driverId", c.driverId());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    public static String newTokenId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The caller of a token whose signature, issuer and expiry are good; null otherwise. Does not look at the
     * deny-list (that needs Redis: {@link #revoked}), so it may run on the event loop.
     */
    public Caller verify(String token) {
        try {
            JwtClaims c = consumer.processToClaims(token);
            Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
            List<String> groups = c.getStringListClaimValue("groups");
            if (groups != null) {
                for (String g : groups) {
                    roles.add(AccountRole.valueOf(g));
                }
            }
            Object driver = c.getClaimValue("driverId");
            Object orgId = c.getClaimValue("orgId");
            String orgPath = c.getStringClaimValue("orgPath");
            if (!(orgId instanceof Number) || orgPath == null || !orgPath.startsWith("/") || !orgPath.endsWith("/")) {
                return null;
            }
            return new Caller(Long.parseLong(c.getSubject()), c.getStringClaimValue("upn"),
                    c.getStringClaimValue("name"), roles, ((Number) orgId).longValue(), orgPath,
                    driver instanceof Number n ? n.longValue() : null, c.getJwtId(),
                    Instant.ofEpochMilli(c.getExpirationTime().getValueInMillis()), c.getIssuer());
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the token was signed out (blocking: a Redis call). */
    public boolean revoked(Caller c) {
        return redis.sync().exists(revokedKey(c)) > 0;
    }

    /** Signs a token out on every instance, until it would have expired anyway. */
    public void revoke(Caller c) {
        long ms = Math.max(1, c.expiresAt().toEpochMilli() - System.currentTimeMillis());
        redis.sync().set(revokedKey(c), "1", SetArgs.Builder.px(ms));
    }

    /** Console tokens on this service's deny-list; phone tokens on mobile-api's (docs/architecture.md, Redis keys). */
    private String revokedKey(Caller c) {
        return prefix + (MOBILE_ISSUER.equals(c.issuer()) ? "mobile:revoked:" : "session-revoked:") + c.tokenId();
    }
}
