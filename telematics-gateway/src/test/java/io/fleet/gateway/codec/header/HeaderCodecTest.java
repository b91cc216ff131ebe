package io.fleet.gateway.codec.header;

import io.fleet.gateway.codec.field.Hex;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderCodecTest {

    @Test
    void reads2013Header() {
        MessageHeader header = HeaderCodec.read(buf("0200007c0123456789017fff"));
        assertThat(header.messageId()).isEqualTo(0x0200);
        assertThat(header.bodyLength()).isEqualTo(0x7c);
        assertThat(header.version2019()).isFalse();
        assertThat(header.version()).isEqualTo(ProtocolVersion.V2013);
        assertThat(header.phone()).isEqualTo("012345678901");
        assertThat(header.serial()).isEqualTo(0x7fff);
        assertThat(header.subpackage()).isNull();
        assertThat(header.encryption()).isEqualTo(Encryption.NONE);
        assertThat(header.length()).isEqualTo(12);
    }

    @Test
    void reads2019HeaderWithTenBytePhoneAndVersionByte() {
        MessageHeader header = HeaderCodec.read(buf("0200407c0100000000017299841738ffff"));
        assertThat(header.version2019()).isTrue();
        assertThat(header.protocolVersion()).isEqualTo(1);
        assertThat(header.phone()).isEqualTo("00000000017299841738");
        assertThat(header.serial()).isEqualTo(0xffff);
        assertThat(header.length()).isEqualTo(17);
    }

    @Test
    void readsSubpackageAndRsaFlags() {
        // props 0x2400: subpackage bit 13, RSA bit 10, length 0
        MessageHeader header = HeaderCodec.read(buf("0801240001234567890100070003000200"));
        assertThat(header.encryption()).isEqualTo(Encryption.RSA);
        assertThat(header.subpackage()).isEqualTo(new Subpackage(3, 2));
        assertThat(header.length()).isEqualTo(16);
    }

    @Test
    void reservedEncryptionValuesAreReportedNotRejected() {
        MessageHeader header = HeaderCodec.read(buf("55018c41856009001017470102"));
        assertThat(header.encryption()).isEqualTo(Encryption.RESERVED);
        assertThat(header.reservedBit()).isTrue();
    }

    @Test
    void writeReproducesEveryPropertyBit() {
        for (String hex : new String[] {"0200007c0123456789017fff", "0200407c0100000000017299841738ffff",
                "0801240001234567890100070003000200".substring(0, 32), "55018c41856009001017470102".substring(0, 24)}) {
            ByteBuf in = buf(hex);
            MessageHeader header = HeaderCodec.read(in);
            ByteBuf out = Unpooled.buffer();
            HeaderCodec.write(out, header, header.bodyLength());
            assertThat(ByteBufUtil.hexDump(out)).isEqualTo(hex);
        }
    }

    @Test
    void declaredHeaderLengthPeeksWithoutReading() {
        ByteBuf in = buf("0200407c0100000000017299841738ffff");
        assertThat(HeaderCodec.declaredHeaderLength(in)).isEqualTo(17);
        assertThat(in.readerIndex()).isZero();
    }

    @Test
    void refusesBodiesOverTenBits() {
        MessageHeader header = MessageHeader.of(ProtocolVersion.V2013, 0x0200, "013912345678", 1);
        assertThatThrownBy(() -> HeaderCodec.write(Unpooled.buffer(), header, 1024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ByteBuf buf(String hex) {
        return Unpooled.wrappedBuffer(Hex.decode(hex));
    }
}
