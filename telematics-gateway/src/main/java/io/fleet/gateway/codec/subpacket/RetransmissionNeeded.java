package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.Jt808Message;

/**
 * Emitted by the reassembly stage when a multi-part message stalls: the business handler turns it into a 0x8003
 * (with its own outgoing serial) and writes it. Kept out of the decoder so parsing never does I/O.
 *
 * @param fragmentHeader header of a packet of the stalled message (phone, version, message id)
 */
public record RetransmissionNeeded(MessageHeader fragmentHeader, RetransmissionRequest request) {

    public Jt808Message toMessage(int platformSerial) {
        return Jt808Message.of(fragmentHeader.version(), fragmentHeader.phone(), platformSerial, request);
    }
}
