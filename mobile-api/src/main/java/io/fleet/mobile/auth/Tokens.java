package io.fleet.mobile.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fleet.mobile.MobileConfig;
import io.fleet.mobile.common.Problem;
import io.fleet.mobile.redis.Redis;
import io.lettuce.core.SetArgs;
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
 * Phone tokens: JWTs signed RS256 with TokenKeys (the key files dispatch-service uses too, which is how it accepts
 * the phone's token that mobile-api forwards with every call), carrying the account as dispatch-service confirmed it (MicroProfile
 * JWT claim names: upn, groups). Signing out puts the token's id on a Redis deny-list until the token would have
 * expired anyway, so a copied token stops working at once on every instance.
 */
@ApplicationScoped
public class Tokens {

    static final String ISSUER = "fleet-mobile-api";
    public static final String UNAUTHORIZED = "urn:fleet:problem:unauthorized";

    private final TokenKeys keys;
    private final Redis redis;
    private final Duration ttl;
    private final JwtConsumer consumer;

    Tokens(TokenKeys keys, Redis redis, MobileConfig config) {
        this.keys = keys;
        this.redis = redis;
        this.ttl = config.tokens().ttl();
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime().setRequireSubject().setRequireJwtId().setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(ISSUER).setVerificationKey(keys.verifying())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** A token for an account as dispatch-service's sign-in answered it. */
    public String issue(Map<String, Object> account) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(String.valueOf(account.get("id")));
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromMilliseconds(Instant.now().plus(ttl).toEpochMilli()));
        claims.setClaim("upn", account.get("username"));
        claims.setClaim("name", account.get("displayName"));
        claims.setStringListClaim("groups", List.of(String.valueOf(account.get("role"))));
        claims.setClaim("orgId", ((Number) account.get("orgId")).longValue());
        claims.setClaim("orgPath", account.get("orgPath"));
        if (account.get("driverId") != null) {
            claims.setClaim("driverId", ((Number) account.get("driverId")).longValue());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.signing());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The session of an {@code Authorization: Bearer …} value; 401 when missing, bad, expired or signed out. */
    public Session require(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw refused("sign in first");
        }
        return check(authorization.substring(7).strip());
    }

    public Session check(String token) {
        try {
            JwtClaims c = consumer.processToClaims(token);
            if (redis.sync().exists(redis.key("mobile:revoked:" + c.getJwtId())) > 0) {
                throw refused("signed out; sign in again");
            }
            Object driver = c.getClaimValue("driverId");
            return new Session(Long.parseLong(c.getSubject()), c.getStringClaimValue("upn"),
                    c.getStringClaimValue("name"), c.getStringListClaimValue("groups").get(0),
                    ((Number) c.getClaimValue("orgId")).longValue(), c.getStringClaimValue("orgPath"),
                    driver == null ? null : ((Number) driver).longValue(), c.getJwtId(),
                    Instant.ofEpochMilli(c.getExpirationTime().getValueInMillis()), token);
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            if (e instanceof io.fleet.mobile.common.ProblemException p) {
                throw p;
            }
            throw refused("the sign-in is not valid or has expired; sign in again");
        }
    }

    /** Signs a token out until it would have expired. */
    public void revoke(Session session) {
        long ms = Math.max(1, session.expiresAt().toEpochMilli() - System.currentTimeMillis());
        redis.sync().set(redis.key("mobile:revoked:" + session.tokenId()), "1", SetArgs.Builder.px(ms));
    }

    private static io.fleet.mobile.common.ProblemException refused(String detail) {
        return Problem.of(401, UNAUTHORIZED, "Not signed in", detail);
    }
}
