package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.header.HeaderCodec;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.Subpackage;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.SubpacketFragment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a body too long for one frame (more than 1023 bytes) into packets: header bit 13 with total and index,
 * consecutive serials from the first packet's, each body at most {@code maxPacketBody} bytes. The receiver joins
 * them in index order, as {@link SubpacketAssembler} does.
 */
public final class SubpacketSplitter {

    private SubpacketSplitter() {
    }

    /**
     * @param first header of the whole message (id, edition, phone, serial of packet 1); its subpackage is ignored
     */
    public static List<Jt808Message> split(MessageHeader first, byte[] body, int maxPacketBody) {
        if (maxPacketBody < 1 || maxPacketBody > HeaderCodec.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("packet body must be 1.." + HeaderCodec.MAX_BODY_LENGTH + " bytes");
        }
        int total = Math.max(1, (body.length + maxPacketBody - 1) / maxPacketBody);
        if (total > 0xffff) {
            throw new IllegalArgumentException("body of " + body.length + " bytes needs more than 65535 packets");
        }
        List<Jt808Message> packets = new ArrayList<>(total);
        for (int index = 1; index <= total; index++) {
            byte[] part = Arrays.copyOfRange(body, (index - 1) * maxPacketBody,
                    Math.min(body.length, index * maxPacketBody));
            MessageHeader header = new MessageHeader(first.messageId(), part.length, first.encryptionBits(),
                    first.version2019(), first.reservedBit(), first.protocolVersion(), first.phone(),
                    (first.serial() + index - 1) & 0xffff, new Subpackage(total, index));
            packets.add(new Jt808Message(header, new SubpacketFragment(first.messageId(), part)));
        }
        return packets;
    }
}
