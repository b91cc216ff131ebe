package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.header.HeaderCodec;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.SubpacketFragment;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class SubpacketSplitterTest {

    @Test
    void longBodyIsSplitIntoFullPacketsWithConsecutiveSerialsAndJoinsBack() {
        byte[] body = new byte[2500];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        MessageHeader first = MessageHeader.of(ProtocolVersion.V2019, MessageIds.SET_PARAMETERS,
                "00000000013912345678", 0xfffe);
        List<Jt808Message> packets = SubpacketSplitter.split(first, body, HeaderCodec.MAX_BODY_LENGTH);

        assertThat(packets).hasSize(3);
        assertThat(packets).extracting(p -> p.header().serial()).containsExactly(0xfffe, 0xffff, 0);
        assertThat(packets).extracting(p -> p.header().subpackage().index()).containsExactly(1, 2, 3);
        assertThat(packets).allSatisfy(p -> assertThat(p.header().subpackage().total()).isEqualTo(3));
        assertThat(((SubpacketFragment) packets.get(0).body()).bytes()).hasSize(1023);

        SubpacketAssembler assembler = SubpacketAssembler.withDefaults(Clock.systemUTC());
        Optional<SubpacketAssembler.Reassembled> whole = Optional.empty();
        for (Jt808Message packet : List.of(packets.get(2), packets.get(0), packets.get(1))) {
            whole = assembler.accept(packet.header(), ((SubpacketFragment) packet.body()).bytes());
        }
        assertThat(whole).hasValueSatisfying(m -> {
            assertThat(m.body()).isEqualTo(body);
            assertThat(m.header().serial()).isEqualTo(0xfffe);
        });
    }

    @Test
    void packetResendRequestHasTheLayoutOf0x8003() {
        PacketResendRequest request = new PacketResendRequest(7, List.of(2, 3));
        assertThat(roundTrip(ProtocolVersion.V2013, request)).isEqualTo(request);
        assertThat(roundTrip(ProtocolVersion.V2019, request)).isEqualTo(request);
    }
}
