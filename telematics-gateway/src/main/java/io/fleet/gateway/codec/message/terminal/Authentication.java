package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0102 terminal authentication. 2013: the code is the whole body. 2019: length-prefixed code, IMEI (15 bytes)
 * and software version (20 bytes); both are null before 2019.
 */
public record Authentication(String authCode, String imei, String softwareVersion) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TERMINAL_AUTHENTICATION;
    }
}
