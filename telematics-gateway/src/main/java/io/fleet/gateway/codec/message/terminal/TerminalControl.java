package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x8105 terminal control.
 *
 * @param command    1 wireless upgrade, 2 connect to server, 3 power off, 4 reset, 5 factory reset,
 *                   6 close data link, 7 close all wireless links
 * @param parameters the command's semicolon-separated parameter string (commands 1 and 2), empty otherwise
 */
public record TerminalControl(int command, String parameters) implements MessageBody {

    public static final int POWER_OFF = 3;
    public static final int RESET = 4;

    @Override
    public int messageId() {
        return MessageIds.TERMINAL_CONTROL;
    }
}
