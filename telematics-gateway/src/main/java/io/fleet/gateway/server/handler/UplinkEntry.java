package io.fleet.gateway.server.handler;

import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.server.redis.RedisLink;
import io.fleet.gateway.server.session.TerminalSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one {@code positions} / {@code events} stream entry: phone (normalised), msgId (4 hex digits),
 * version, serial (decimal), body (binary), rx (epoch ms), node.
 */
public final class UplinkEntry {

    private UplinkEntry() {
    }

    public static Map<String, byte[]> fields(TerminalSession session, Jt808Message message, long rxMillis,
                                             String nodeId) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("phone", RedisLink.bytes(session.phone()));
        fields.put("msgId", RedisLink.bytes(MessageIdLabel.of(message.messageId())));
        fields.put("version", RedisLink.bytes(session.versionLabel(message)));
        fields.put("serial", RedisLink.bytes(Integer.toString(message.header().serial())));
        fields.put("body", bodyBytes(message));
        fields.put("rx", RedisLink.bytes(Long.toString(rxMillis)));
        fields.put("node", RedisLink.bytes(nodeId));
        return fields;
    }

    /**
     * The body bytes exactly as the terminal sent them (after reassembly and decryption) when the message came from
     * the wire; a message built in code is encoded by the codec.
     */
    public static byte[] bodyBytes(Jt808Message message) {
        if (message.received() != null) {
            return message.received();
        }
        ByteBuf out = Unpooled.buffer(64);
        try {
            BodyCodecRegistry.standard().encode(message.body(), out, message.header());
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}
