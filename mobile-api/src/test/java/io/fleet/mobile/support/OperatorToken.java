package io.fleet.mobile.support;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.fleet.mobile.auth.TokenKeys;

/**
 * A dispatch-service token for the tests' operator, who plays the dispatcher and the administrator (every role, the
 * whole tree "/"). Signed with the deployment's key pair in {@link LocalPlatform#KEYS_DIR}, as dispatch-service's own
 * sign-in would sign it.
 */
final class OperatorToken {

    private static String token;

    private OperatorToken() {
    }

    static synchronized String get() {
        if (token == null) {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer("fleet-dispatch-service");
            claims.setSubject("0");
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 12 * 3600));
            claims.setClaim("upn", "test-operator");
            claims.setClaim("name", "测试操作员");
            claims.setStringListClaim("groups", List.of("ADMINISTRATOR", "DISPATCHER", "SUPERVISOR",
                    "COMPLAINT_HANDLER", "REQUESTER", "APPROVER", "DRIVER"));
            claims.setClaim("orgId", 0);
            claims.setClaim("orgPath", "/");
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(privateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            try {
                token = jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    /**
     * The deployment's signing key, made now if no service has started yet (a single test class run on a fresh
     * target/ signs before it starts the platform); the services then find the same pair, as two services do.
     */
    private static PrivateKey privateKey() {
        return TokenKeys.loadOrCreate(LocalPlatform.KEYS_DIR).getPrivate();
    }
}
