package io.fleet.gateway.codec.message.text;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x8300 text message to the terminal (dispatch instructions shown or spoken to the driver).
 *
 * @param flags    bit 0 emergency (2013) / service (2019), bit 2 display, bit 3 TTS, bit 5 CAN fault code (2013)
 * @param textType 2019 only: 1 notice, 2 service; null before 2019
 */
public record TextMessage(int flags, Integer textType, String text) implements MessageBody {

    public static final int DISPLAY = 1 << 2;
    public static final int TTS = 1 << 3;

    @Override
    public int messageId() {
        return MessageIds.TEXT_MESSAGE;
    }
}
