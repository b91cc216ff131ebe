package io.fleet.dispatch.terminal.command;

import java.util.Map;

/** A checked command: the body the codec encoded, whether it needs a second person, and what was asked (for the log). */
record EncodedCommand(CommandKind kind, String edition, byte[] body, boolean dangerous, Map<String, Object> asked) {
}
