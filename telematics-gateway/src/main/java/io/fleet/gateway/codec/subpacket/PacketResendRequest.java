package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/**
 * 0x0005 (2019) the terminal's request to send packets of a multi-part platform message again: the serial of its
 * first packet and the packet indexes. The same layout as 0x8003 (a BYTE count before 2019, a WORD count in 2019).
 */
public record PacketResendRequest(int originalSerial, List<Integer> packetIndexes) implements MessageBody {

    public PacketResendRequest {
        packetIndexes = List.copyOf(packetIndexes);
    }

    @Override
    public int messageId() {
        return MessageIds.PACKET_RESEND_REQUEST;
    }
}
