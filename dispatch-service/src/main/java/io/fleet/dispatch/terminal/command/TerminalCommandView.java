package io.fleet.dispatch.terminal.command;

import java.util.Map;

/** A command as the API shows it; {@code replyBody} is the terminal's answer body in hex, when it sent one. */
public record TerminalCommandView(long id, long terminalId, String phone, Long vehicleId, String kind, String msgId,
                                  String edition, Map<String, Object> request, boolean dangerous, String status,
                                  long requestedById, String requestedBy, String requestedAt, String expiresAt,
                                  Long decidedById, String decidedBy, String decidedAt, String decisionReason,
                                  String sentAt, String settledAt, String replyMsgId, String replyBody,
                                  String detail) {
}
