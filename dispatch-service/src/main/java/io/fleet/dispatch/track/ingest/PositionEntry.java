package io.fleet.dispatch.track.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.lettuce.core.StreamMessage;

/** One entry of the {prefix}positions stream, as the gateway wrote it (see docs/architecture.md, Redis keys). */
public record PositionEntry(String streamId, String phone, String msgId, String version, int serial, byte[] body,
                            long rxMillis) {

    public static PositionEntry of(StreamMessage<byte[], byte[]> message) {
        Map<byte[], byte[]> raw = message.getBody();
        String phone = null;
        String msgId = null;
        String version = null;
        String serial = null;
        String rx = null;
        byte[] body = new byte[0];
        for (Map.Entry<byte[], byte[]> field : raw.entrySet()) {
            String name = new String(field.getKey(), StandardCharsets.US_ASCII);
            switch (name) {
                case "phone" -> phone = text(field.getValue());
                case "msgId" -> msgId = text(field.getValue());
                case "version" -> version = text(field.getValue());
                case "serial" -> serial = text(field.getValue());
                case "rx" -> rx = text(field.getValue());
                case "body" -> body = field.getValue();
                default -> { } // node and any field added later are not needed here
            }
        }
        return new PositionEntry(message.getId(), phone, msgId, version, parseInt(serial), body, parseLong(rx));
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.US_ASCII);
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A missing or broken rx is "unknown" (0); the ingestor then uses its own clock. */
    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
