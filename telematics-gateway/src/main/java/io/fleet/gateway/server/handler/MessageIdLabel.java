package io.fleet.gateway.server.handler;

/** Message ids as the stream entries and metrics show them: 4 lower-case hex digits, "0200". */
public final class MessageIdLabel {

    private MessageIdLabel() {
    }

    public static String of(int messageId) {
        return String.format("%04x", messageId);
    }
}
