package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0001 terminal general response and 0x8001 platform general response (same layout).
 *
 * @param result 0 success, 1 failure, 2 message error, 3 not supported, 4 alarm confirmed (0x8001 only)
 */
public record GeneralResponse(int messageId, int responseSerial, int responseMessageId, int result)
        implements MessageBody {

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int MESSAGE_ERROR = 2;
    public static final int NOT_SUPPORTED = 3;
    public static final int ALARM_CONFIRMED = 4;

    public static GeneralResponse fromPlatform(int responseSerial, int responseMessageId, int result) {
        return new GeneralResponse(MessageIds.PLATFORM_GENERAL_RESPONSE, responseSerial, responseMessageId, result);
    }

    public static GeneralResponse fromTerminal(int responseSerial, int responseMessageId, int result) {
        return new GeneralResponse(MessageIds.TERMINAL_GENERAL_RESPONSE, responseSerial, responseMessageId, result);
    }
}
