package io.fleet.gateway.server;

import io.fleet.gateway.codec.crypto.RsaBodyCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/** Loads the platform's RSA key named by {@code FLEET_GATEWAY_RSA_KEY}; a named but unusable key stops the start. */
final class PlatformKey {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformKey.class);

    private PlatformKey() {
    }

    /** The key, or null when none is configured (RSA-encrypted bodies are then refused). */
    static RsaBodyCipher load(GatewayConfig config) {
        if (config.rsaKeyFile() == null) {
            return null;
        }
        try {
            RsaBodyCipher cipher = RsaBodyCipher.fromPem(Path.of(config.rsaKeyFile()));
            LOG.info("Platform RSA key loaded from {}: RSA-encrypted bodies are decrypted", config.rsaKeyFile());
            return cipher;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("FLEET_GATEWAY_RSA_KEY=" + config.rsaKeyFile() + " is not usable: " + e
                    .getMessage(), e);
        }
    }
}
