package io.fleet.gateway.server.downlink;

import io.fleet.gateway.server.PhoneNumbers;
import io.fleet.gateway.server.redis.RedisLink;

import java.util.Map;

/**
 * One entry of {@code downlink:{nodeId}}: a body already encoded by the sender, which the gateway frames with the
 * connection's header edition, phone digits and next serial.
 *
 * @param entryId   the stream entry id; its millisecond part is when the command was queued
 * @param messageId parsed from 4 hex digits ("8300"; "0x8300" also accepted)
 */
public record DownlinkCommand(String entryId, String commandId, String phone, int messageId, byte[] body,
                              long timeoutMs) {

    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    /** Throws IllegalArgumentException naming the first missing or malformed field. */
    public static DownlinkCommand parse(String entryId, Map<String, byte[]> fields) {
        if (fields == null) {
            throw new IllegalArgumentException("entry has no fields (deleted?)");
        }
        String commandId = required(fields, "commandId");
        String phone = PhoneNumbers.normalise(required(fields, "phone"));
        String id = required(fields, "msgId").toLowerCase(java.util.Locale.ROOT);
        int messageId;
        try {
            messageId = Integer.parseInt(id.startsWith("0x") ? id.substring(2) : id, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("msgId is not hex: " + id);
        }
        if (messageId < 0 || messageId > 0xffff) {
            throw new IllegalArgumentException("msgId out of range: " + id);
        }
        byte[] body = fields.getOrDefault("body", new byte[0]);
        String timeout = RedisLink.string(fields.get("timeoutMs"));
        long timeoutMs;
        try {
            timeoutMs = timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT_MS : Long.parseLong(timeout.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timeoutMs is not a number: " + timeout);
        }
        if (timeoutMs <= 0) {
            throw new IllegalArgumentException("timeoutMs must be positive: " + timeoutMs);
        }
        return new DownlinkCommand(entryId, commandId, phone, messageId, body, timeoutMs);
    }

    /** When the sender queued the command, from the stream entry id ("1700000000000-0"). */
    public long queuedAtMillis() {
        int dash = entryId.indexOf('-');
        return Long.parseLong(dash < 0 ? entryId : entryId.substring(0, dash));
    }

    private static String required(Map<String, byte[]> fields, String name) {
        String value = RedisLink.string(fields.get(name));
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field " + name);
        }
        return value.trim();
    }
}
