package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.CodecAssertions;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.header.Subpackage;
import io.fleet.gateway.codec.message.Jt808Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SubpacketAssemblerTest {

    private final MutableClock clock = new MutableClock();
    private final SubpacketAssembler assembler = new SubpacketAssembler(clock, Duration.ofSeconds(10), 3, 100, 2);

    /** Packet {@code index} of a {@code total}-part 0x0801 whose first packet had serial 100. */
    static MessageHeader packet(String phone, int total, int index) {
        return new MessageHeader(0x0801, 0, 0, false, false, 0, phone, 100 + index - 1, new Subpackage(total, index));
    }

    @Test
    void joinsPacketsInAnyOrder() {
        assertThat(assembler.accept(packet("1", 3, 3), new byte[] {5, 6})).isEmpty();
        assertThat(assembler.accept(packet("1", 3, 1), new byte[] {1, 2})).isEmpty();
        assertThat(assembler.pendingMessages()).isEqualTo(1);
        assertThat(assembler.bufferedBytes()).isEqualTo(4);
        Optional<SubpacketAssembler.Reassembled> whole = assembler.accept(packet("1", 3, 2), new byte[] {3, 4});
        assertThat(whole).isPresent();
        assertThat(whole.get().body()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(whole.get().header().subpackage()).isNull();
        assertThat(whole.get().header().serial()).isEqualTo(100);
        assertThat(whole.get().header().bodyLength()).isEqualTo(6);
        assertThat(assembler.pendingMessages()).isZero();
        assertThat(assembler.bufferedBytes()).isZero();
    }

    @Test
    void duplicatePacketReplacesTheOldCopy() {
        assembler.accept(packet("1", 2, 1), new byte[] {1, 1, 1});
        assembler.accept(packet("1", 2, 1), new byte[] {1});
        assertThat(assembler.bufferedBytes()).isEqualTo(1);
        assertThat(assembler.accept(packet("1", 2, 2), new byte[] {2}).orElseThrow().body()).containsExactly(1, 2);
    }

    @Test
    void timeoutRequestsTheMissingPacketsThenGivesUp() {
        assembler.accept(packet("013912345678", 4, 1), new byte[] {1});
        assembler.accept(packet("013912345678", 4, 3), new byte[] {3});
        clock.advance(Duration.ofSeconds(9));
        assertThat(assembler.expire()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        List<RetransmissionNeeded> first = assembler.expire();
        assertThat(first).singleElement().satisfies(needed -> {
            assertThat(needed.request()).isEqualTo(new RetransmissionRequest(100, List.of(2, 4)));
            Jt808Message reply = needed.toMessage(555);
            assertThat(reply.messageId()).isEqualTo(0x8003);
            assertThat(reply.header().phone()).isEqualTo("013912345678");
            assertThat(CodecAssertions.encode(reply)).isNotEmpty();
        });
        clock.advance(Duration.ofSeconds(10));
        assertThat(assembler.expire()).hasSize(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(assembler.expire()).isEmpty();
        assertThat(assembler.pendingMessages()).isZero();
        assertThat(assembler.bufferedBytes()).isZero();
    }

    @Test
    void aLatePacketRestartsTheTimer() {
        assembler.accept(packet("1", 2, 1), new byte[] {1});
        clock.advance(Duration.ofSeconds(8));
        assembler.accept(packet("1", 3, 1), new byte[] {1});
        clock.advance(Duration.ofSeconds(3));
        assertThat(assembler.expire()).extracting(n -> n.fragmentHeader().subpackage().total()).containsExactly(2);
    }

    @Test
    void memoryIsBoundedByMessageCountAndBytes() {
        for (int phone = 0; phone < 10; phone++) {
            assembler.accept(packet(Integer.toString(phone), 2, 1), new byte[10]);
        }
        assertThat(assembler.pendingMessages()).isEqualTo(3);
        assembler.accept(packet("big", 2, 1), new byte[95]);
        assertThat(assembler.bufferedBytes()).isLessThanOrEqualTo(100);
        assertThat(assembler.pendingMessages()).isEqualTo(1);
        assertThat(assembler.accept(packet("huge", 2, 1), new byte[101])).isEmpty();
        assertThat(assembler.bufferedBytes()).isEqualTo(95);
    }

    @Test
    void impossibleIndexesAreIgnored() {
        assertThat(assembler.accept(packet("1", 2, 3), new byte[1])).isEmpty();
        assertThat(assembler.accept(new MessageHeader(0x0801, 0, 0, false, false, 0, "1", 1, new Subpackage(2, 0)),
                new byte[1])).isEmpty();
        assertThat(assembler.pendingMessages()).isZero();
    }

    @Test
    void retransmissionRequestLayoutDependsOnVersion() {
        RetransmissionRequest request = new RetransmissionRequest(100, List.of(2, 4));
        assertThat(CodecAssertions.roundTrip(ProtocolVersion.V2013, request)).isEqualTo(request);
        assertThat(CodecAssertions.roundTrip(ProtocolVersion.V2019, request)).isEqualTo(request);
        String v2013 = CodecAssertions.encode(Jt808Message.of(ProtocolVersion.V2013, "013912345678", 1, request));
        assertThat(v2013).contains("0064" + "02" + "0002" + "0004");
        String v2019 = CodecAssertions.encode(Jt808Message.of(ProtocolVersion.V2019, "013912345678", 1, request));
        assertThat(v2019).contains("0064" + "0002" + "0002" + "0004");
    }
}
