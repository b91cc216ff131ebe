package io.fleet.gateway.codec.crypto;

import io.fleet.gateway.codec.header.MessageHeader;

import javax.crypto.Cipher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * RSA bodies as JT/T 808 terminals send them: the platform announces its 1024-bit public key with 0x8A00, the
 * terminal encrypts the body with it in blocks (RSA/ECB/PKCS1Padding: at most 117 plain bytes per 128-byte block,
 * the padding the open-source implementations use; the standard does not name one), and the platform decrypts
 * each 128-byte block with its private key.
 */
public final class RsaBodyCipher implements BodyCipher {

    public static final int BLOCK_BYTES = 128;
    public static final int PLAIN_BLOCK_BYTES = BLOCK_BYTES - 11;
    private static final String TRANSFORMATION = "RSA/ECB/PKCS1Padding";

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;

    public RsaBodyCipher(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        if (privateKey.getModulus().bitLength() != BLOCK_BYTES * 8) {
            throw new GeneralSecurityException("JT/T 808 needs a 1024-bit RSA key, got "
                    + privateKey.getModulus().bitLength() + " bits");
        }
        this.privateKey = privateKey;
        this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    }

    /** Reads an unencrypted PKCS#8 PEM private key ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024}). */
    public static RsaBodyCipher fromPem(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException(file + " holds no RSA CRT private key");
        }
        return new RsaBodyCipher(crt);
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] decrypt(MessageHeader header, byte[] body) throws GeneralSecurityException {
        if (body.length == 0 || body.length % BLOCK_BYTES != 0) {
            throw new GeneralSecurityException("RSA body of " + body.length + " bytes is not whole "
                    + BLOCK_BYTES + "-byte blocks");
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, privateKey);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(body.length);
        for (int offset = 0; offset < body.length; offset += BLOCK_BYTES) {
            plain.writeBytes(cipher.doFinal(body, offset, BLOCK_BYTES));
        }
        return plain.toByteArray();
    }

    /** What a terminal does with the platform's key: encrypt a plain body block by block. */
    public static byte[] encrypt(RSAPublicKey key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, key);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < plain.length || offset == 0; offset += PLAIN_BLOCK_BYTES) {
            out.writeBytes(cipher.doFinal(plain, offset, Math.min(PLAIN_BLOCK_BYTES, plain.length - offset)));
        }
        return out.toByteArray();
    }
}
