package io.fleet.dispatch.track;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.fleet.gateway.codec.message.MessageBody;
import io.lettuce.core.api.sync.RedisCommands;

/** Appends entries to the positions stream exactly as the gateway does (fields of UplinkEntry). */
public final class PositionStreamWriter {

    private final RedisCommands<byte[], byte[]> redis;
    private final byte[] stream;

    public PositionStreamWriter(RedisCommands<byte[], byte[]> redis, String streamKey) {
        this.redis = redis;
        this.stream = streamKey.getBytes(StandardCharsets.UTF_8);
    }

    public String add(String phone, MessageBody body) {
        return add(phone, String.format("%04x", body.messageId()), Reports.body(body));
    }

    public String add(String phone, String msgId, byte[] body) {
        Map<byte[], byte[]> fields = new LinkedHashMap<>();
        fields.put(b("phone"), b(phone));
        fields.put(b("msgId"), b(msgId));
        fields.put(b("version"), b("2013"));
        fields.put(b("serial"), b("7"));
        fields.put(b("body"), body);
        fields.put(b("rx"), b(Long.toString(System.currentTimeMillis())));
        fields.put(b("node"), b("test-node"));
        return redis.xadd(stream, fields);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
