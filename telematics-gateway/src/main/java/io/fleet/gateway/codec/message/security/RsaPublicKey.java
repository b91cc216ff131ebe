package io.fleet.gateway.codec.message.security;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;

/**
 * 0x0A00 terminal RSA public key and 0x8A00 platform RSA public key: the same body, {e, n} of a 1024-bit key
 * (e as a DWORD, n as 128 bytes, big-endian).
 */
public record RsaPublicKey(int messageId, long exponent, byte[] modulus) implements MessageBody {

    public static final int MODULUS_BYTES = 128;

    public RsaPublicKey {
        if (messageId != MessageIds.TERMINAL_RSA_KEY && messageId != MessageIds.PLATFORM_RSA_KEY) {
            throw new IllegalArgumentException("not an RSA key message id: " + messageId);
        }
        if (modulus.length != MODULUS_BYTES) {
            throw new IllegalArgumentException("RSA modulus must be " + MODULUS_BYTES + " bytes, got "
                    + modulus.length);
        }
    }

    /** The 0x8A00 body announcing {@code key}, which must be a 1024-bit key. */
    public static RsaPublicKey platform(RSAPublicKey key) {
        return of(MessageIds.PLATFORM_RSA_KEY, key);
    }

    /** The 0x0A00 body of a terminal's 1024-bit key. */
    public static RsaPublicKey terminal(RSAPublicKey key) {
        return of(MessageIds.TERMINAL_RSA_KEY, key);
    }

    private static RsaPublicKey of(int messageId, RSAPublicKey key) {
        return new RsaPublicKey(messageId, key.getPublicExponent().longValueExact(), unsigned(key.getModulus()));
    }

    public BigInteger modulusValue() {
        return new BigInteger(1, modulus);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[MODULUS_BYTES];
        int copy = Math.min(bytes.length, MODULUS_BYTES);
        System.arraycopy(bytes, bytes.length - copy, fixed, MODULUS_BYTES - copy, copy);
        return fixed;
    }
}
