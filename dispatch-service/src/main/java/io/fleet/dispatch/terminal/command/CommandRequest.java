package io.fleet.dispatch.terminal.command;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A command as the console asks for it; which fields count depends on {@code type}:
 * <ul>
 * <li>TEXT_MESSAGE: {@code text} (required), {@code tts} (speak it), {@code urgent};</li>
 * <li>LOCATION_QUERY, QUERY_PARAMETERS: nothing;</li>
 * <li>SET_PARAMETERS: {@code parameters}, each an id of the standard's table and a value (number or text, as the
 * table says);</li>
 * <li>TERMINAL_CONTROL: {@code command} 1–7 (1 upgrade, 2 connect to a server, 3 power off, 4 reset, 5 factory
 * reset, 6 close the data link, 7 close all wireless links) and, for 1 and 2 only, {@code commandParameters}
 * (the standard's semicolon-separated fields);</li>
 * <li>VEHICLE_CONTROL: {@code flags}, the control byte of the 2011/2013 editions (bit 0 locks the doors; makers
 * assign fuel or power cut-off to further bits).</li>
 * </ul>
 * {@code edition} (2011, 2013 or 2019; default 2013) is the terminal's edition, for the bodies that differ.
 */
public record CommandRequest(
        @NotNull CommandKind type,
        @Size(max = 8) String edition,
        @Size(max = 1024) String text,
        Boolean tts,
        Boolean urgent,
        @Valid @Size(max = 64) List<Parameter> parameters,
        Integer command,
        @Size(max = 255) String commandParameters,
        Integer flags) {

    /** One parameter to set: the id (e.g. 1 or "0x0001") and the value. */
    public record Parameter(@NotNull String id, @NotNull Object value) {
    }
}
