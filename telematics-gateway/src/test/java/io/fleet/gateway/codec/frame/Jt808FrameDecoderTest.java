package io.fleet.gateway.codec.frame;

import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Jt808FrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new Jt808FrameDecoder(16));

    @AfterEach
    void finish() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void unescapesBothEscapeSequences() {
        write("7e307d02087d01557e");
        assertThat(readFrame()).isEqualTo("307e087d55");
    }

    @Test
    void skipsGarbageBeforeAndBetweenFrames() {
        write("24247e01027e3132337e03047e");
        assertThat(readFrame()).isEqualTo("0102");
        assertThat(readFrame()).isEqualTo("0304");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void treatsAdjacentDelimitersAsOne() {
        write("7e01027e7e03047e");
        assertThat(readFrame()).isEqualTo("0102");
        assertThat(readFrame()).isEqualTo("0304");
    }

    @Test
    void waitsForTheClosingDelimiterAcrossReads() {
        write("7e0102");
        assertThat((Object) channel.readInbound()).isNull();
        write("03");
        assertThat((Object) channel.readInbound()).isNull();
        write("047e");
        assertThat(readFrame()).isEqualTo("01020304");
    }

    @Test
    void escapeSequenceSplitBetweenReads() {
        write("7e017d");
        write("027e");
        assertThat(readFrame()).isEqualTo("017e");
    }

    @Test
    void badEscapeBecomesInvalidMessageAndNextFrameStillDecodes() {
        write("7e017d037e7e02027e");
        InvalidMessage invalid = channel.readInbound();
        assertThat(invalid.kind()).isEqualTo(InvalidKind.BAD_ESCAPE);
        assertThat(Hex.encode(invalid.raw())).isEqualTo("017d03");
        assertThat(readFrame()).isEqualTo("0202");
    }

    @Test
    void escapeAtEndOfFrameIsBad() {
        write("7e017d7e");
        InvalidMessage invalid = channel.readInbound();
        assertThat(invalid.kind()).isEqualTo(InvalidKind.BAD_ESCAPE);
    }

    @Test
    void oversizeCompleteFrameIsRejectedAndDecodingRecovers() {
        write("7e" + "11".repeat(17) + "7e7e0a0b7e");
        InvalidMessage invalid = channel.readInbound();
        assertThat(invalid.kind()).isEqualTo(InvalidKind.TOO_LONG);
        assertThat(readFrame()).isEqualTo("0a0b");
    }

    @Test
    void oversizeOpenFrameIsDiscardedUntilTheNextDelimiter() {
        write("7e" + "11".repeat(20));
        InvalidMessage invalid = channel.readInbound();
        assertThat(invalid.kind()).isEqualTo(InvalidKind.TOO_LONG);
        assertThat(invalid.raw()).hasSizeLessThanOrEqualTo(InvalidMessage.MAX_RAW_KEPT);
        write("22".repeat(40));
        assertThat((Object) channel.readInbound()).isNull();
        write("337e0c0d7e");
        assertThat(readFrame()).isEqualTo("0c0d");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void rejectsNonPositiveLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Jt808FrameDecoder(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapeWritesBothSequences() {
        ByteBuf out = Unpooled.buffer();
        FrameEscaping.escape(Unpooled.wrappedBuffer(Hex.decode("307e087d55")), out);
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("307d02087d0155");
    }

    private void write(String hex) {
        channel.writeInbound(Unpooled.wrappedBuffer(Hex.decode(hex)));
    }

    private String readFrame() {
        ByteBuf frame = channel.readInbound();
        assertThat(frame).as("a frame").isNotNull();
        try {
            return ByteBufUtil.hexDump(frame);
        } finally {
            frame.release();
        }
    }
}
