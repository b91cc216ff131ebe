package io.fleet.gateway.server.downlink;

import java.util.Locale;

/** Outcome of one downlink command, as reported in the {@code result} field of {@code downlink-replies}. */
public enum DownlinkResult {
    /** The terminal answered success (0x0001 result 0, or a specific answer such as 0x0104). */
    OK,
    /** The terminal answered failure or message error, or the frame could not be written. */
    FAILED,
    /** The terminal answered "not supported". */
    UNSUPPORTED,
    /** No answer within the command's timeoutMs. */
    TIMEOUT,
    /** No authenticated connection of the terminal on this node, or it closed before answering. */
    OFFLINE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps the result byte of a 0x0001 terminal general response. */
    public static DownlinkResult ofGeneralResponse(int result) {
        return switch (result) {
            case 0 -> OK;
            case 3 -> UNSUPPORTED;
            default -> FAILED;
        };
    }
}
