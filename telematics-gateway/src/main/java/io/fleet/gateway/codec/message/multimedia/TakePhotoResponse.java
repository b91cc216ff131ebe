package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/**
 * 0x0805 the terminal's answer to a take-photo command (0x8801): the command's serial, the result, and on success
 * the ids of the photos taken (uploaded later with 0x0801).
 *
 * @param result   0 success, 1 failed, 2 channel not supported
 * @param mediaIds the photos' multimedia ids; null when the body stops after the result (terminals do that on
 *                 failure), so the body re-encodes as sent
 */
public record TakePhotoResponse(int responseSerial, int result, List<Long> mediaIds) implements MessageBody {

    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    public static final int CHANNEL_NOT_SUPPORTED = 2;

    public TakePhotoResponse {
        mediaIds = mediaIds == null ? null : List.copyOf(mediaIds);
    }

    @Override
    public int messageId() {
        return MessageIds.TAKE_PHOTO_RESPONSE;
    }
}
