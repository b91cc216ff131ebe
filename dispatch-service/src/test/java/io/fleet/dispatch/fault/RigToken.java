package io.fleet.dispatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.fleet.dispatch.security.Tokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The rig's sign-in: the ingest processes it starts sign tokens with the key pair in the rig's own FLEET_KEYS_DIR,
 * so the rig signs an administrator's token (scope "/") with the same private key, as an operator's token would be.
 */
final class RigToken {

    private RigToken() {
    }

    static synchronized String administrator(Path keysDir) throws Exception {
        Path privateFile = keysDir.resolve("token-signing.key");
        if (!Files.exists(privateFile)) {
            // the services make their pair on first use of a token, after this first call: make it for them
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(keysDir);
            writePem(keysDir.resolve("token-signing.pub"), "PUBLIC KEY", pair.getPublic().getEncoded());
            writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
        }
        String pem = Files.readString(privateFile)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(Tokens.ISSUER);
        claims.setSubject("0");
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromMilliseconds(System.currentTimeMillis() + 3_600_000L));
        claims.setClaim("upn", "fault-rig");
        claims.setClaim("name", "fault rig");
        claims.setStringListClaim("groups", List.of("ADMINISTRATOR"));
        claims.setClaim("orgId", 0L);
        claims.setClaim("orgPath", "/");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    private static void writePem(Path file, String label, byte[] der) throws Exception {
        Files.writeString(file, "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + label + "-----\n");
    }
}
