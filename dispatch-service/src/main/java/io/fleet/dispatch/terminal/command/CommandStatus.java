package io.fleet.dispatch.terminal.command;

import java.util.Locale;

/**
 * Where a command is: REQUESTED (being queued), PENDING_APPROVAL (dangerous, waiting for a second person), SENT (on
 * the gateway's downlink stream), then what the gateway reported (OK, FAILED, UNSUPPORTED, TIMEOUT, OFFLINE), or
 * REJECTED / EXPIRED when the second person said no or nobody decided in time.
 */
public enum CommandStatus {
    REQUESTED, PENDING_APPROVAL, SENT, OK, FAILED, UNSUPPORTED, TIMEOUT, OFFLINE, REJECTED, EXPIRED;

    /** The status of a gateway {@code result} (docs/gateway.md "Downlink reply fields"); null for an unknown one. */
    static CommandStatus ofResult(String result) {
        if (result == null) {
            return null;
        }
        return switch (result.toLowerCase(Locale.ROOT)) {
            case "ok" -> OK;
            case "failed" -> FAILED;
            case "unsupported" -> UNSUPPORTED;
            case "timeout" -> TIMEOUT;
            case "offline" -> OFFLINE;
            default -> null;
        };
    }
}
