package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageIds;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class DriverCodecsTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 3, 1, 7, 59, 0, 0, BcdTime.BEIJING);

    @Test
    void cardInserted2013() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 0, "张三",
                "110101199001011234", "北京市交通委", LocalDate.of(2030, 6, 30), null);
        assertThat(roundTrip(ProtocolVersion.V2013, identity)).isEqualTo(identity);
    }

    @Test
    void cardInserted2019CarriesIdCardNumber() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 0, "李四",
                "CERT-1", "交通运输部", LocalDate.of(2029, 1, 1), "110101199001011234");
        assertThat(roundTrip(ProtocolVersion.V2019, identity)).isEqualTo(identity);
    }

    @Test
    void cardRemovedHasOnlyStatusAndTime() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_REMOVED, TIME, null, null, null, null,
                null, null);
        assertThat(roundTrip(ProtocolVersion.V2013, identity)).isEqualTo(identity);
    }

    @Test
    void readFailureHasAResultButNoCardFields() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 2, null, null, null,
                null, null);
        assertThat(roundTrip(ProtocolVersion.V2019, identity)).isEqualTo(identity);
    }

    @Test
    void layout2011IsReadAndWrittenBack() {
        DriverIdentity identity = DriverIdentity.of2011("王五", "330102198001011234", "CERT-2011-0001",
                "杭州市运管处");
        DriverIdentity back = roundTrip(ProtocolVersion.V2013, identity);
        assertThat(back).isEqualTo(identity);
        assertThat(back.layout()).isEqualTo(ProtocolVersion.V2011);
        assertThat(back.time()).isNull();
    }

    @Test
    void layout2011FromBytes() {
        // name "AB", id card (20), certificate (40), authority "X"
        ByteBuf body = Unpooled.buffer();
        body.writeByte(2).writeBytes("AB".getBytes());
        body.writeBytes(java.util.Arrays.copyOf("110101".getBytes(), 20));
        body.writeBytes(java.util.Arrays.copyOf("C-1".getBytes(), 40));
        body.writeByte(1).writeByte('X');
        DriverIdentity identity = (DriverIdentity) BodyCodecRegistry.standard().decode(
                MessageHeader.of(ProtocolVersion.V2013, MessageIds.DRIVER_IDENTITY, "013912345678", 1), body);
        assertThat(identity).isEqualTo(DriverIdentity.of2011("AB", "110101", "C-1", "X"));
    }

    @Test
    void statusAndBcdTimeWinOverLengthsThatHappenToAddUp() {
        // 63 bytes: as 2011, name length 1, then 60 fixed bytes and an empty authority add up exactly
        byte[] bytes = new byte[63];
        bytes[0] = DriverIdentity.CARD_INSERTED;
        System.arraycopy(new byte[] {0x24, 0x03, 0x01, 0x07, 0x59, 0x00}, 0, bytes, 1, 6);
        assertThat(DriverCodecs.is2011Layout(Unpooled.wrappedBuffer(bytes))).isFalse();
        bytes[2] = (byte) 0xb5; // no month: not a 2013 time, so the 2011 reading stands
        assertThat(DriverCodecs.is2011Layout(Unpooled.wrappedBuffer(bytes))).isTrue();
    }
}
