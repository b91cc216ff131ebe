package io.fleet.gateway.codec.message.text;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0900 uplink transparent data: a type byte and opaque content (0x00 GNSS detail, 0x0B road transport IC card,
 * 0x41/0x42 serial ports, 0xF0–0xFF user defined; vendors put OBD and BLE data here).
 */
public record TransparentData(int type, byte[] content) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TRANSPARENT_UPLINK;
    }
}
