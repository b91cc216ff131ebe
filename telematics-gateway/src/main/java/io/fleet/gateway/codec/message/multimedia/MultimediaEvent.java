package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0800 multimedia event: the terminal announces a photo, audio or video it is about to upload.
 *
 * @param mediaType 0 image, 1 audio, 2 video
 * @param format    0 JPEG, 1 TIF, 2 MP3, 3 WAV, 4 WMV
 * @param event     0 platform command, 1 timed, 2 robbery alarm, 3 collision/rollover, 4 door open, ...
 */
public record MultimediaEvent(long mediaId, int mediaType, int format, int event, int channel)
        implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.MULTIMEDIA_EVENT;
    }
}
