package io.fleet.gateway.codec.message.text;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import org.junit.jupiter.api.Test;

import static io.fleet.gateway.codec.CodecAssertions.encode;
import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class TextCodecsTest {

    @Test
    void text2013HasNoTypeByte() {
        TextMessage text = new TextMessage(TextMessage.DISPLAY | TextMessage.TTS, null, "请于8:30到东门接领导");
        assertThat(roundTrip(ProtocolVersion.V2013, text)).isEqualTo(text);
    }

    @Test
    void text2019HasATypeByte() {
        TextMessage text = new TextMessage(TextMessage.DISPLAY, 2, "任务已取消");
        assertThat(roundTrip(ProtocolVersion.V2019, text)).isEqualTo(text);
    }

    @Test
    void matchesTraccarEncoderVector() {
        // traccar Jt808ProtocolEncoderTest line 35
        assertThat(encode(Jt808Message.of(ProtocolVersion.V2013, "0b3a73ce2ff2", 0,
                new TextMessage(1, null, "Test, Command, 123#"))))
                .startsWith("7e830000140b3a73ce2ff2000001546573742c20");
    }

    @Test
    void transparentData() {
        TransparentData data = roundTrip(ProtocolVersion.V2013, new TransparentData(0xf0, new byte[] {0x7e, 1, 2}));
        assertThat(data.type()).isEqualTo(0xf0);
        assertThat(data.content()).containsExactly(0x7e, 1, 2);
    }
}
