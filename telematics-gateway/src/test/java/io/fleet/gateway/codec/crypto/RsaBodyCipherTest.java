package io.fleet.gateway.codec.crypto;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.header.Encryption;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.security.RsaPublicKey;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RsaBodyCipherTest {

    private static final Jt808Codec CODEC = Jt808Codec.standard();
    private static final LocationReport REPORT = new LocationReport(0, 3, 30_250_000L, 120_160_000L, 12, 456, 90,
            OffsetDateTime.parse("2026-11-23T08:00:00+08:00"), List.of());
    private static KeyPair platform;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        platform = generator.generateKeyPair();
        other = generator.generateKeyPair();
    }

    @Test
    void publicKeyBodiesRoundTripInBothDirections() {
        RsaPublicKey terminal = RsaPublicKey.terminal((RSAPublicKey) other.getPublic());
        RsaPublicKey platformKey = RsaPublicKey.platform((RSAPublicKey) platform.getPublic());
        assertThat(roundTrip(ProtocolVersion.V2013, terminal).modulusValue())
                .isEqualTo(((RSAPublicKey) other.getPublic()).getModulus());
        RsaPublicKey back = roundTrip(ProtocolVersion.V2019, platformKey);
        assertThat(back.messageId()).isEqualTo(MessageIds.PLATFORM_RSA_KEY);
        assertThat(back.exponent()).isEqualTo(65537);
        assertThat(back.modulus()).hasSize(128);
    }

    @Test
    void encryptedLocationIsDecryptedAndDecodedWithThePlatformKey() throws Exception {
        RsaBodyCipher cipher = new RsaBodyCipher((RSAPrivateCrtKey) platform.getPrivate());
        byte[] frame = encryptedFrame((RSAPublicKey) platform.getPublic());
        DecodedFrame decoded = MessageFrameParser.withCipher(cipher).parse(unescaped(frame));
        assertThat(decoded).isInstanceOf(Jt808Message.class);
        Jt808Message message = (Jt808Message) decoded;
        assertThat(message.header().encryption()).isEqualTo(Encryption.RSA);
        assertThat(message.body()).isEqualTo(REPORT);
        assertThat(message.received()).hasSize(28);
    }

    @Test
    void bodyEncryptedForAnotherKeyOrWithoutAKeyIsUndecryptable() throws Exception {
        byte[] frame = encryptedFrame((RSAPublicKey) other.getPublic());
        RsaBodyCipher cipher = new RsaBodyCipher((RSAPrivateCrtKey) platform.getPrivate());
        assertThat(MessageFrameParser.withCipher(cipher).parse(unescaped(frame))).isInstanceOfSatisfying(
                InvalidMessage.class, invalid -> {
                    assertThat(invalid.kind()).isEqualTo(InvalidKind.UNDECRYPTABLE);
                    assertThat(invalid.header().messageId()).isEqualTo(MessageIds.LOCATION_REPORT);
                });
        assertThat(MessageFrameParser.withCipher(BodyCipher.none()).parse(unescaped(frame)))
                .isInstanceOfSatisfying(InvalidMessage.class, invalid ->
                        assertThat(invalid.detail()).contains("FLEET_GATEWAY_RSA_KEY"));
    }

    @Test
    void withoutACipherTheEncryptedBodyIsKeptRaw() throws Exception {
        byte[] frame = encryptedFrame((RSAPublicKey) platform.getPublic());
        assertThat(CODEC.decodeUnescaped(frame)).isInstanceOfSatisfying(Jt808Message.class, message -> {
            assertThat(message.body()).isInstanceOf(RawBody.class);
            assertThat(message.header().encryption()).isEqualTo(Encryption.RSA);
        });
    }

    @Test
    void keyIsReadFromPkcs8PemAndMustBe1024Bits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pem = dir.resolve("platform.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                platform.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        assertThat(RsaBodyCipher.fromPem(pem).publicKey()).isEqualTo(platform.getPublic());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateCrtKey big = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        assertThatThrownBy(() -> new RsaBodyCipher(big)).hasMessageContaining("1024-bit");
    }

    /** A 2013 0x0200 frame (unescaped content) whose body is encrypted with {@code key}, header bit 10 set. */
    static byte[] encryptedFrame(RSAPublicKey key) throws Exception {
        byte[] plain = CODEC.encodeUnescaped(Jt808Message.of(ProtocolVersion.V2013, "013912345678", 5, REPORT));
        byte[] body = java.util.Arrays.copyOfRange(plain, 12, plain.length - 1);
        byte[] sealed = RsaBodyCipher.encrypt(key, body);
        MessageHeader header = new MessageHeader(MessageIds.LOCATION_REPORT, 0, 1, false, false, 0, "013912345678",
                5, null);
        return CODEC.encodeUnescaped(new Jt808Message(header, new RawBody(MessageIds.LOCATION_REPORT, sealed)));
    }

    private static io.netty.buffer.ByteBuf unescaped(byte[] content) {
        return Unpooled.wrappedBuffer(content);
    }
}
