package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x8801 take a photo now.
 *
 * @param command    0 stop, 0xffff record video, otherwise number of photos
 * @param save       1 keep on the terminal, 0 upload in real time
 * @param resolution 1 320x240, 2 640x480, 3 800x600, 4 1024x768, 5 176x144, 6 352x288, 7 704x288, 8 704x576
 * @param quality    1 (best) to 10
 */
public record TakePhoto(int channel, int command, int intervalSeconds, int save, int resolution, int quality,
                        int brightness, int contrast, int saturation, int chroma) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TAKE_PHOTO;
    }
}
