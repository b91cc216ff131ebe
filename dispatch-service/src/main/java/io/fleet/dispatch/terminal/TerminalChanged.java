package io.fleet.dispatch.terminal;

/** Fired inside the transaction that changed what the gateway must know of a terminal; mirrored after commit. */
public record TerminalChanged(String phone) {
}
