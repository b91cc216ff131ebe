package io.fleet.protocoltests.vectors;

import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.protocoltests.frame.Pipelines;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that are not JT/T 808 (ASCII "(…)" frames, JT/T 1078 RTP packets) go through the real pipeline: nothing
 * throws, no valid message comes out, nothing stays buffered, and a real frame right after them still decodes.
 */
class NonJt808RowsTest {

    private static final String HEARTBEAT = "7e0002000004304832546500b7ca7e";

    static boolean isAscii(Vector vector) {
        return vector.hex().startsWith("28");
    }

    static Stream<Vector> nonJt808() {
        return Vector.load(Vector.TRACCAR).stream()
                .filter(v -> isAscii(v) || v.from("Jt1078FrameDecoderTest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonJt808")
    void skippedWithoutHarm(Vector vector) {
        EmbeddedChannel channel = Pipelines.inbound();
        channel.writeInbound(Unpooled.wrappedBuffer(Hex.decode(vector.hex())));
        List<Object> out = Pipelines.drain(channel);
        assertThat(out).noneMatch(o -> o instanceof Jt808Message);
        // A 0x7e inside the foreign bytes may open a "frame" that the heartbeat's first delimiter closes;
        // the heartbeat itself must come through within the next write or two.
        channel.writeInbound(Unpooled.wrappedBuffer(Hex.decode(HEARTBEAT + HEARTBEAT)));
        assertThat(Pipelines.drain(channel)).anyMatch(o -> o instanceof Jt808Message);
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}
