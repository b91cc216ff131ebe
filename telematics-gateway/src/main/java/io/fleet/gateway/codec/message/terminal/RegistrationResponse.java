package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x8100 registration response.
 *
 * @param result   0 success, 1 vehicle already registered, 2 no such vehicle, 3 terminal already registered,
 *                 4 no such terminal
 * @param authCode only sent on success; null otherwise
 */
public record RegistrationResponse(int responseSerial, int result, String authCode) implements MessageBody {

    public static final int SUCCESS = 0;

    @Override
    public int messageId() {
        return MessageIds.REGISTRATION_RESPONSE;
    }
}
