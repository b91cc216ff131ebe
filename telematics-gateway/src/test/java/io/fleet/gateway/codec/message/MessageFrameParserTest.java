package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.header.Encryption;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import org.junit.jupiter.api.Test;

import static io.fleet.gateway.codec.CodecAssertions.decode;
import static io.fleet.gateway.codec.CodecAssertions.encode;
import static io.fleet.gateway.codec.CodecAssertions.reject;
import static io.fleet.gateway.codec.CodecAssertions.withChecksum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageFrameParserTest {

    /** 0x0001 general response, serial 0x7fff: answers serial 0x007b of 0x01c8 with result 3. */
    private static final String RESPONSE = "7e000100050123456789017fff007b01c803bd7e";

    @Test
    void decodesAValidFrame() {
        Jt808Message message = decode(RESPONSE);
        assertThat(message.body()).isEqualTo(GeneralResponse.fromTerminal(0x7b, 0x01c8, 3));
        assertThat(encode(message)).isEqualTo(RESPONSE);
    }

    @Test
    void badChecksum() {
        InvalidMessage invalid = reject("7e000100050123456789017fff007b01c803be7e");
        assertThat(invalid.kind()).isEqualTo(InvalidKind.BAD_CHECKSUM);
        assertThat(invalid.parsedHeader()).map(MessageHeader::serial).contains(0x7fff);
    }

    @Test
    void truncatedBody() {
        // two body bytes lost in transit: the last byte is no longer the check code
        InvalidMessage invalid = reject("7e000100050123456789017fff007b01bd7e");
        assertThat(invalid.kind()).isEqualTo(InvalidKind.TRUNCATED);
    }

    @Test
    void truncatedHeader() {
        assertThat(reject("7e0001000501234567897e").kind()).isEqualTo(InvalidKind.TRUNCATED);
        // 2019 flag set, but only a 2013-sized header present
        assertThat(reject("7e000140050123456789017fff007b7e").kind()).isEqualTo(InvalidKind.TRUNCATED);
    }

    @Test
    void lengthFieldDisagreeingWithAnIntactBody() {
        // declares 3 body bytes, carries 5, check code valid
        String frame = withChecksum("000100030123456789017fff007b01c803");
        assertThat(reject(frame).kind()).isEqualTo(InvalidKind.LENGTH_MISMATCH);
    }

    @Test
    void toleratesALengthThatCountsTheCheckCode() {
        String frame = withChecksum("000100060123456789017fff007b01c803");
        assertThat(decode(frame).body()).isInstanceOf(GeneralResponse.class);
    }

    @Test
    void malformedBodyKeepsTheHeader() {
        // a general response needs 5 body bytes
        InvalidMessage invalid = reject(withChecksum("000100020123456789017fff007b"));
        assertThat(invalid.kind()).isEqualTo(InvalidKind.MALFORMED_BODY);
        assertThat(invalid.header().messageId()).isEqualTo(0x0001);
    }

    @Test
    void trailingBytesAfterAFixedLayoutAreMalformed() {
        // length 6 with 6 body bytes: one byte more than the layout
        InvalidMessage invalid = reject(withChecksum("000100060123456789017fff007b01c80300"));
        assertThat(invalid.kind()).isEqualTo(InvalidKind.MALFORMED_BODY);
    }

    @Test
    void unknownMessageIdDecodesToRawBody() {
        Jt808Message message = decode(withChecksum("5e0000030123456789010001abcdef"));
        assertThat(message.body()).isInstanceOf(RawBody.class);
        assertThat(Hex.encode(((RawBody) message.body()).bytes())).isEqualTo("abcdef");
        assertThat(encode(message)).isEqualTo(withChecksum("5e0000030123456789010001abcdef"));
    }

    @Test
    void rsaEncryptedBodyIsReportedAndKeptRaw() {
        Jt808Message message = decode(withChecksum("020004030123456789010001abcdef"));
        assertThat(message.header().encryption()).isEqualTo(Encryption.RSA);
        assertThat(message.body()).isInstanceOf(RawBody.class);
    }

    @Test
    void subpackagedBodyIsAFragment() {
        Jt808Message message = decode(withChecksum("0801200201234567890100070003000201ff"));
        assertThat(message.body()).isInstanceOf(SubpacketFragment.class);
        assertThat(message.header().subpackage().index()).isEqualTo(2);
    }

    @Test
    void escapesOnEncode() {
        // serial 0x7e7d must leave as 7d02 7d01
        Jt808Message message = Jt808Message.of(ProtocolVersion.V2013, "013912345678", 0x7e7d,
                GeneralResponse.fromPlatform(1, 0x0200, 0));
        String wire = encode(message);
        assertThat(wire).contains("7d027d01").startsWith("7e").endsWith("7e");
        assertThat(wire.substring(2, wire.length() - 2)).doesNotContain("7e");
        assertThat(decode(wire).header().serial()).isEqualTo(0x7e7d);
    }

    @Test
    void headerAndBodyIdsMustAgree() {
        MessageHeader header = MessageHeader.of(ProtocolVersion.V2013, 0x0200, "013912345678", 1);
        assertThatThrownBy(() -> new Jt808Message(header, GeneralResponse.fromPlatform(1, 1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
