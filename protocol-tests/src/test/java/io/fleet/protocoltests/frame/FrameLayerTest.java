package io.fleet.protocoltests.frame;

import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.frame.FrameEscaping;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.protocoltests.vectors.Vector;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame layer and the whole inbound pipeline on an EmbeddedChannel, fed real frames in awkward pieces. */
class FrameLayerTest {

    /** traccar Jt808ProtocolDecoderTest line 233, on-wire: its serial holds an escaped byte. */
    private static final String ESCAPED_LOCATION = Vector.load(Vector.TRACCAR).stream()
            .filter(v -> v.from("Jt808ProtocolDecoderTest") && v.line() == 233).findFirst().orElseThrow().hex();
    /** jt808-server JT808.txt line 14: a 2019 location report. */
    private static final String LOCATION_2019 = Vector.load(Vector.JT808_SERVER).stream()
            .filter(v -> v.from("JT808") && v.line() == 14).findFirst().orElseThrow().hex();

    private final EmbeddedChannel frames = new EmbeddedChannel(new Jt808FrameDecoder());
    private final EmbeddedChannel pipeline = Pipelines.inbound();

    @AfterEach
    void noLeftovers() {
        assertThat(frames.finishAndReleaseAll()).isFalse();
        assertThat(pipeline.finishAndReleaseAll()).isFalse();
    }

    /** Traccar Jt808FrameDecoderTest: on-wire input (odd lines) and the unescaped frame it must give. */
    static Stream<Vector[]> traccarFrameDecoderPairs() {
        List<Vector> rows = Vector.load(Vector.TRACCAR).stream().filter(v -> v.from("Jt808FrameDecoderTest")
                && !v.hex().startsWith("28")).toList();
        return Stream.of(new Vector[] {rows.get(1), rows.get(0)}, new Vector[] {rows.get(3), rows.get(2)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traccarFrameDecoderPairs")
    void traccarFrameDecoderVectors(Vector input, Vector expected) {
        frames.writeInbound(Unpooled.wrappedBuffer(Hex.decode(input.hex())));
        ByteBuf frame = frames.readInbound();
        String expectedContent = expected.hex().substring(2, expected.hex().length() - 2);
        assertThat(ByteBufUtil.hexDump(frame)).isEqualTo(expectedContent);
        frame.release();
    }

    @Test
    void traccarFrameEncoderVector() {
        List<Vector> rows = Vector.load(Vector.TRACCAR).stream().filter(v -> v.from("Jt808FrameEncoderTest")).toList();
        String plain = rows.get(0).hex();
        ByteBuf out = Unpooled.buffer();
        FrameEscaping.escape(Unpooled.wrappedBuffer(Hex.decode(plain.substring(2, plain.length() - 2))), out);
        assertThat("7e" + ByteBufUtil.hexDump(out) + "7e").isEqualTo(rows.get(1).hex());
    }

    @Test
    void escapedFrameDecodesToTheUnescapedMessage() {
        Jt808Message message = single(ESCAPED_LOCATION);
        assertThat(message.header().serial()).isEqualTo(0x0a2e);
        assertThat(message.body()).isInstanceOf(LocationReport.class);
    }

    @Test
    void garbagePrefix() {
        assertThat(single("24242424deadbeef" + LOCATION_2019).messageId()).isEqualTo(0x0200);
    }

    @Test
    void twoFramesInOneBuffer() {
        write(pipeline, LOCATION_2019 + ESCAPED_LOCATION);
        List<Object> out = Pipelines.drain(pipeline);
        assertThat(out).hasSize(2).allMatch(o -> o instanceof Jt808Message);
        assertThat(((Jt808Message) out.get(0)).header().version2019()).isTrue();
        assertThat(((Jt808Message) out.get(1)).header().version2019()).isFalse();
    }

    @Test
    void oneFrameSplitAcrossThreeWrites() {
        int third = LOCATION_2019.length() / 6 * 2;
        write(pipeline, LOCATION_2019.substring(0, third));
        write(pipeline, LOCATION_2019.substring(third, 2 * third));
        assertThat(Pipelines.drain(pipeline)).isEmpty();
        write(pipeline, LOCATION_2019.substring(2 * third));
        assertThat(Pipelines.drain(pipeline)).singleElement().isInstanceOf(Jt808Message.class);
    }

    @Test
    void escapeSequenceSplitAtTheWriteBoundary() {
        int split = ESCAPED_LOCATION.toLowerCase().indexOf("7d") + 2;
        write(pipeline, ESCAPED_LOCATION.substring(0, split));
        write(pipeline, ESCAPED_LOCATION.substring(split));
        assertThat(Pipelines.drain(pipeline)).singleElement().isInstanceOf(Jt808Message.class);
    }

    @Test
    void oversizeFrameThenRecovery() {
        EmbeddedChannel small = Pipelines.inbound(200);
        write(small, "7e" + "01".repeat(300));
        write(small, "02".repeat(300) + "7e");
        write(small, LOCATION_2019);
        List<Object> out = Pipelines.drain(small);
        assertThat(out).hasSize(2);
        assertThat(((InvalidMessage) out.get(0)).kind()).isEqualTo(InvalidKind.TOO_LONG);
        assertThat(out.get(1)).isInstanceOf(Jt808Message.class);
        assertThat(small.finishAndReleaseAll()).isFalse();
    }

    @Test
    void rejectedFrameDoesNotStopTheConnection() {
        String corrupt = LOCATION_2019.substring(0, 40) + "00" + LOCATION_2019.substring(42);
        write(pipeline, corrupt + LOCATION_2019);
        List<Object> out = Pipelines.drain(pipeline);
        assertThat(out).hasSize(2);
        assertThat(((InvalidMessage) out.get(0)).kind()).isEqualTo(InvalidKind.BAD_CHECKSUM);
        assertThat(out.get(1)).isInstanceOf(Jt808Message.class);
        assertThat(pipeline.isActive()).isTrue();
    }

    @Test
    void encoderWritesWhatTheDecoderReads() {
        Jt808Message message = single(LOCATION_2019);
        pipeline.writeOutbound(message);
        ByteBuf wire = pipeline.readOutbound();
        assertThat(ByteBufUtil.hexDump(wire)).isEqualTo(LOCATION_2019.toLowerCase());
        wire.release();
    }

    private Jt808Message single(String hex) {
        write(pipeline, hex);
        List<Object> out = Pipelines.drain(pipeline);
        assertThat(out).singleElement().isInstanceOf(Jt808Message.class);
        return (Jt808Message) out.get(0);
    }

    private static void write(EmbeddedChannel channel, String hex) {
        channel.writeInbound(Unpooled.wrappedBuffer(Hex.decode(hex)));
    }
}
