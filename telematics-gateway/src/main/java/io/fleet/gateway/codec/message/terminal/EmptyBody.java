package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;

/**
 * Messages whose meaning is the id alone: 0x0002 heartbeat, 0x0003 logout, 0x8104 query parameters,
 * 0x8107 query attributes, 0x8201 query location.
 */
public record EmptyBody(int messageId) implements MessageBody {
}
