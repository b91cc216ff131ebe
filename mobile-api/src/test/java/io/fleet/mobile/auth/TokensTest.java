package io.fleet.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import io.fleet.mobile.common.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** Only tokens this service signed, unchanged, unexpired and not signed out, name a session. */
@QuarkusTest
class TokensTest {

    private static final Map<String, Object> ACCOUNT = Map.of("id", 7, "username", "driver7", "displayName", "王师傅",
            "role", "DRIVER", "orgId", 3, "orgPath", "/1/3/", "driverId", 11);

    @Inject
    Tokens tokens;

    @Inject
    TokenKeys keys;

    @Test
    void aTokenItSignedNamesTheAccount() {
        Session s = tokens.check(tokens.issue(ACCOUNT));
        assertThat(s.accountId()).isEqualTo(7);
        assertThat(s.role()).isEqualTo("DRIVER");
        assertThat(s.driverId()).isEqualTo(11L);
        assertThat(s.orgPath()).isEqualTo("/1/3/");
    }

    @Test
    void aChangedPayloadIsRefused() {
        String[] parts = tokens.issue(ACCOUNT).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"DRIVER\"", "\"APPROVER\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(forged);
    }

    @Test
    void tokensSignedWithAnotherKeyOrNoneOrExpiredAreRefused() throws Exception {
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        assertRefused(sign(claims(600), other.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256));

        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims(600).toJson());
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        assertRefused(none.getCompactSerialization());

        assertRefused(sign(claims(-120), keys.signing(), AlgorithmIdentifiers.RSA_USING_SHA256));
        assertThat(tokens.check(sign(claims(600), keys.signing(), AlgorithmIdentifiers.RSA_USING_SHA256)).role())
                .as("the same claims signed with our key are accepted, so the refusals above are the key's and expiry's")
                .isEqualTo("APPROVER");
        assertRefused("not.a.token");
        assertThatThrownBy(() -> tokens.require(null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> tokens.require("Basic abc")).isInstanceOf(ProblemException.class);
    }

    @Test
    void aSignedOutTokenIsRefusedAtOnce() {
        String token = tokens.issue(ACCOUNT);
        tokens.revoke(tokens.check(token));
        assertRefused(token);
    }

    private static JwtClaims claims(int secondsLeft) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(Tokens.ISSUER);
        c.setSubject("7");
        c.setJwtId("x-" + System.nanoTime());
        c.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + secondsLeft));
        c.setClaim("upn", "driver7");
        c.setClaim("name", "王师傅");
        c.setStringListClaim("groups", "APPROVER");
        c.setClaim("orgId", 3);
        c.setClaim("orgPath", "/");
        return c;
    }

    private static String sign(JwtClaims c, java.security.Key key, String alg) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(c.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(alg);
        return jws.getCompactSerialization();
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> tokens.check(token)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(401));
    }
}
