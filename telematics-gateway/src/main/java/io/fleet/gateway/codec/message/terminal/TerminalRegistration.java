package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0100 terminal registration. Field widths differ by edition (maker / model / terminal id):
 * 2011: 5 / 8 / 7, 2013: 5 / 20 / 7, 2019: 11 / 30 / 30. The 2011 and 2013 layouts share a header and are told
 * apart by body length (a 2013 body is at least 37 bytes).
 *
 * @param layout     which of the three layouts the body used (decides the re-encoding)
 * @param plateColor 0 when the vehicle is not registered (then {@code plate} holds the VIN)
 */
public record TerminalRegistration(ProtocolVersion layout, int province, int city, String maker, String model,
                                   String terminalId, int plateColor, String plate) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TERMINAL_REGISTRATION;
    }
}
