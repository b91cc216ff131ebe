package io.fleet.gateway.codec.crypto;

import io.fleet.gateway.codec.header.MessageHeader;

import java.security.GeneralSecurityException;

/**
 * Decrypts message bodies whose header sets the RSA bit (bit 10). The parser calls it only for such bodies; a
 * failure makes the frame an {@code undecryptable} rejection.
 */
@FunctionalInterface
public interface BodyCipher {

    byte[] decrypt(MessageHeader header, byte[] body) throws GeneralSecurityException;

    /** For a platform that holds no RSA key: every encrypted body is refused, with that reason. */
    static BodyCipher none() {
        return (header, body) -> {
            throw new GeneralSecurityException("no platform RSA key configured (FLEET_GATEWAY_RSA_KEY)");
        };
    }
}
