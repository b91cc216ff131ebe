package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.Subpackage;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.message.MessageFrameWriter;
import io.fleet.gateway.codec.message.SubpacketFragment;
import io.fleet.gateway.codec.message.location.LocationCodecs;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SubpacketReassemblyHandlerTest {

    private final MutableClock clock = new MutableClock();
    private final EmbeddedChannel channel = new EmbeddedChannel(new Jt808FrameDecoder(), Jt808MessageDecoder.INSTANCE,
            new SubpacketReassemblyHandler(new SubpacketAssembler(clock, Duration.ofSeconds(5), 4, 4096, 1),
                    MessageFrameParser.standard(), 0));

    @Test
    void reassemblesAndDecodesALocationSplitInThree() {
        ByteBuf body = Unpooled.buffer();
        LocationReport report = new LocationReport(0, 2, 39_000_000L, 116_000_000L, 0, 0, 0, null, List.of());
        LocationCodecs.writeReport(report, body);
        byte[] bytes = new byte[body.readableBytes()];
        body.readBytes(bytes);
        int[] cuts = {0, 10, 20, bytes.length};
        for (int i = 2; i >= 0; i--) {
            channel.writeInbound(frame(0x0200, 3, i + 1, Arrays.copyOfRange(bytes, cuts[i], cuts[i + 1])));
        }
        Jt808Message whole = channel.readInbound();
        assertThat(whole.body()).isEqualTo(report);
        assertThat(whole.header().isSubpackaged()).isFalse();
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void passesOtherMessagesAndReportsStalledOnes() {
        channel.writeInbound(frame(0x0801, 2, 1, new byte[] {1, 2, 3}));
        clock.advance(Duration.ofSeconds(6));
        channel.writeInbound(writer(new Jt808Message(MessageHeader.of(io.fleet.gateway.codec.header.ProtocolVersion.V2013,
                0x0002, "013912345678", 9), new EmptyBody(0x0002))));
        Jt808Message heartbeat = channel.readInbound();
        assertThat(heartbeat.body()).isEqualTo(new EmptyBody(0x0002));
        RetransmissionNeeded needed = channel.readInbound();
        assertThat(needed.request().packetIndexes()).containsExactly(2);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void periodicSweepReportsAStalledMessageWithoutFurtherInput() {
        EmbeddedChannel swept = new EmbeddedChannel();
        swept.freezeTime();
        swept.pipeline().addLast(new Jt808FrameDecoder(), Jt808MessageDecoder.INSTANCE,
                new SubpacketReassemblyHandler(new SubpacketAssembler(clock, Duration.ofSeconds(5), 4, 4096, 1),
                        MessageFrameParser.standard(), 1_000));
        swept.writeInbound(frame(0x0801, 3, 2, new byte[] {1}));
        assertThat((Object) swept.readInbound()).isNull();
        clock.advance(Duration.ofSeconds(6));
        swept.advanceTimeBy(1, TimeUnit.SECONDS);
        swept.runScheduledPendingTasks();
        RetransmissionNeeded needed = swept.readInbound();
        assertThat(needed.request().packetIndexes()).containsExactly(1, 3);
        assertThat(needed.request().originalSerial()).isEqualTo(200);
        swept.pipeline().remove(SubpacketReassemblyHandler.class);
        assertThat(swept.finish()).isFalse();
    }

    private static ByteBuf frame(int id, int total, int index, byte[] part) {
        MessageHeader header = new MessageHeader(id, 0, 0, false, false, 0, "013912345678", 200 + index - 1,
                new Subpackage(total, index));
        return writer(new Jt808Message(header, new SubpacketFragment(id, part)));
    }

    private static ByteBuf writer(Jt808Message message) {
        ByteBuf out = Unpooled.buffer();
        MessageFrameWriter.standard().write(message, out, UnpooledByteBufAllocator.DEFAULT);
        return out;
    }
}
