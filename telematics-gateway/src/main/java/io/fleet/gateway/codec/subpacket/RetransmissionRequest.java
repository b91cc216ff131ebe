package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/**
 * 0x8003 request for missing packets of a multi-part message: the serial of its first packet and the packet
 * indexes to send again. The count is a BYTE before 2019 and a WORD in 2019.
 */
public record RetransmissionRequest(int originalSerial, List<Integer> packetIndexes) implements MessageBody {

    public RetransmissionRequest {
        packetIndexes = List.copyOf(packetIndexes);
    }

    @Override
    public int messageId() {
        return MessageIds.RETRANSMISSION_REQUEST;
    }
}
