package io.fleet.gateway.codec;

import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;

import static org.assertj.core.api.Assertions.assertThat;

/** Encode → decode → encode helpers shared by the codec tests. */
public final class CodecAssertions {

    public static final String PHONE_2013 = "013912345678";
    public static final String PHONE_2019 = "00000000013912345678";

    private static final Jt808Codec CODEC = Jt808Codec.standard();

    private CodecAssertions() {
    }

    /** Encodes, decodes and re-encodes {@code body}; asserts identical bytes and returns the decoded body. */
    public static <B extends MessageBody> B roundTrip(ProtocolVersion version, B body) {
        String phone = version.is2019() ? PHONE_2019 : PHONE_2013;
        Jt808Message message = Jt808Message.of(version, phone, 42, body);
        byte[] wire = CODEC.encode(message);
        DecodedFrame decoded = CODEC.decodeWire(wire);
        assertThat(decoded).as("decode of %s", Hex.encode(wire)).isInstanceOf(Jt808Message.class);
        Jt808Message back = (Jt808Message) decoded;
        assertThat(back.header().phone()).isEqualTo(phone);
        assertThat(back.header().serial()).isEqualTo(42);
        assertThat(back.header().version2019()).isEqualTo(version.is2019());
        assertThat(Hex.encode(CODEC.encode(back))).isEqualTo(Hex.encode(wire));
        @SuppressWarnings("unchecked")
        B typed = (B) back.body();
        assertThat(typed).isInstanceOf(body.getClass());
        return typed;
    }

    /** Decodes a hex frame (on-wire form) and expects a valid message. */
    public static Jt808Message decode(String hex) {
        DecodedFrame decoded = CODEC.decodeWire(Hex.decode(hex));
        assertThat(decoded).as("decode of %s", hex).isInstanceOf(Jt808Message.class);
        return (Jt808Message) decoded;
    }

    /** Decodes a hex frame and expects a rejection. */
    public static InvalidMessage reject(String hex) {
        DecodedFrame decoded = CODEC.decodeWire(Hex.decode(hex));
        assertThat(decoded).as("decode of %s", hex).isInstanceOf(InvalidMessage.class);
        return (InvalidMessage) decoded;
    }

    /** Wraps unescaped header+body hex into a frame with a correct check code (no escaping needed in tests). */
    public static String withChecksum(String content) {
        byte[] bytes = Hex.decode(content);
        int xor = 0;
        for (byte b : bytes) {
            xor ^= b;
        }
        return "7e" + content + String.format("%02x", xor & 0xff) + "7e";
    }

    /** A 2013 frame from phone {@value #PHONE_2013}, serial 1, around {@code body}. */
    public static String frame2013(String messageId, String body) {
        return withChecksum(messageId + String.format("%04x", body.length() / 2) + PHONE_2013 + "0001" + body);
    }

    public static String encode(Jt808Message message) {
        return Hex.encode(CODEC.encode(message));
    }
}
