package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageIds;
import io.netty.buffer.ByteBuf;

import java.util.ArrayList;
import java.util.List;

/** Body codecs of 0x8003 (platform asks for packets) and 0x0005 (terminal asks for packets), one layout. */
public final class RetransmissionCodecs {

    private RetransmissionCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MessageIds.RETRANSMISSION_REQUEST, RetransmissionRequest.class,
                RetransmissionCodecs::decodeRequest, RetransmissionCodecs::encodeRequest)
                .register(MessageIds.PACKET_RESEND_REQUEST, PacketResendRequest.class,
                        (in, header) -> {
                            RetransmissionRequest r = decodeRequest(in, header);
                            return new PacketResendRequest(r.originalSerial(), r.packetIndexes());
                        },
                        (body, out, header) -> encodeRequest(new RetransmissionRequest(body.originalSerial(),
                                body.packetIndexes()), out, header));
    }

    static RetransmissionRequest decodeRequest(ByteBuf in, MessageHeader header) {
        int serial = in.readUnsignedShort();
        int count = header.version2019() ? in.readUnsignedShort() : in.readUnsignedByte();
        List<Integer> indexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexes.add(in.readUnsignedShort());
        }
        return new RetransmissionRequest(serial, indexes);
    }

    static void encodeRequest(RetransmissionRequest body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.originalSerial());
        if (header.version2019()) {
            out.writeShort(body.packetIndexes().size());
        } else {
            out.writeByte(body.packetIndexes().size());
        }
        body.packetIndexes().forEach(out::writeShort);
    }
}
