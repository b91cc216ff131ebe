package io.fleet.mobile.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import io.fleet.mobile.MobileConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The RSA key pair that signs phone tokens: read from {@code FLEET_KEYS_DIR} (PEM files), or made there on first
 * start with the private key readable by the owner only. Outside the repository so no key is ever committed; every
 * mobile-api and dispatch-service instance of a deployment shares the directory (or the files): dispatch-service
 * checks the phone tokens mobile-api forwards with the same pair.
 */
@ApplicationScoped
public class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class);

    private final KeyPair pair;

    TokenKeys(MobileConfig config) {
        this.pair = loadOrCreate(Path.of(config.tokens().keysDir()));
    }

    public PrivateKey signing() {
        return pair.getPrivate();
    }

    public PublicKey verifying() {
        return pair.getPublic();
    }

    /** Loads or makes the pair under a lock file, so this service and dispatch-service starting at once agree. */
    public static synchronized KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("token-signing.key");
        Path publicFile = dir.resolve("token-signing.pub");
        try {
            Files.createDirectories(dir);
            try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(
                    dir.resolve("token-signing.lock"), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); var lock = lockFile.lock()) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                if (Files.exists(privateFile) && Files.exists(publicFile)) {
                    return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(pem(publicFile))),
                            rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile))));
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                write(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
                write(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
                LOG.infof("made a new token signing key pair in %s", dir.toAbsolutePath());
                return pair;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the token keys in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token keys in " + dir.toAbsolutePath() + " are not RSA PEM keys", e);
        }
    }

    private static byte[] pem(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static void write(Path file, String label, byte[] der, boolean secret) throws IOException {
        String body = "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: rely on the directory's permissions
            }
        }
        Files.writeString(tmp, body);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
