package io.fleet.dispatch.fault;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.text.TextMessage;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Sends a text command to terminals the way dispatch-service does (docs/gateway.md): read the node holding the
 * terminal's session from {@code session:{phone}}, queue the command on that node's downlink stream, and read the
 * outcome from {@code downlink-replies}.
 */
final class Downlink {

    private Downlink() {
    }

    /** Outcome per phone: the node it was sent to and the gateway's result (ok when the terminal answered). */
    record Outcome(String node, String result) {
    }

    static Map<String, Outcome> sendToAll(FaultRig rig, Fleet fleet, String text, Duration timeout) throws Exception {
        Map<String, String> nodeOfCommand = new HashMap<>();
        Map<String, String> phoneOfCommand = new HashMap<>();
        try (StatefulRedisConnection<byte[], byte[]> c = rig.binaryRedis()) {
            int n = 0;
            for (String phone : fleet.vehicleOfPhone().keySet()) {
                byte[] node = c.sync().get(bytes(FaultRig.PREFIX + "session:" + phone));
                if (node == null) {
                    throw new IllegalStateException("terminal " + phone + " holds no session");
                }
                boolean v2019 = n++ % 2 == 1; // the simulator's "mixed": odd terminals speak 2019
                String commandId = UUID.randomUUID().toString();
                Map<byte[], byte[]> fields = new LinkedHashMap<>();
                fields.put(bytes("commandId"), bytes(commandId));
                fields.put(bytes("phone"), bytes(phone));
                fields.put(bytes("msgId"), bytes(String.format("%04x", MessageIds.TEXT_MESSAGE)));
                fields.put(bytes("body"), encode(v2019, text));
                fields.put(bytes("timeoutMs"), bytes(Long.toString(timeout.toMillis())));
                String nodeId = new String(node, StandardCharsets.UTF_8);
                c.sync().xadd(bytes(FaultRig.PREFIX + "downlink:" + nodeId), fields);
                nodeOfCommand.put(commandId, nodeId);
                phoneOfCommand.put(commandId, phone);
            }
            Map<String, Outcome> outcomes = new HashMap<>();
            OsProcess.await("every command answered", () -> {
                List<StreamMessage<byte[], byte[]>> replies = c.sync().xrange(
                        bytes(FaultRig.PREFIX + "downlink-replies"), Range.create("-", "+"));
                for (StreamMessage<byte[], byte[]> reply : replies) {
                    String commandId = field(reply, "commandId");
                    if (phoneOfCommand.containsKey(commandId)) {
                        outcomes.put(phoneOfCommand.get(commandId), new Outcome(nodeOfCommand.get(commandId),
                                field(reply, "result")));
                    }
                }
                return outcomes.size() == phoneOfCommand.size();
            }, timeout.plusSeconds(10));
            return outcomes;
        }
    }

    private static byte[] encode(boolean v2019, String text) {
        TextMessage body = new TextMessage(TextMessage.DISPLAY, v2019 ? 1 : null, text);
        ByteBuf out = Unpooled.buffer();
        BodyCodecRegistry.standard().encode(body, out, Jt808Message.of(v2019 ? ProtocolVersion.V2019
                : ProtocolVersion.V2013, "0", 0, body).header());
        return ByteBufUtil.getBytes(out);
    }

    private static String field(StreamMessage<byte[], byte[]> message, String name) {
        for (Map.Entry<byte[], byte[]> e : message.getBody().entrySet()) {
            if (new String(e.getKey(), StandardCharsets.UTF_8).equals(name)) {
                return new String(e.getValue(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
