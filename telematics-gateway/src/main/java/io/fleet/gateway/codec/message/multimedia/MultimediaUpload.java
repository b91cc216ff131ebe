package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.location.LocationReport;

/**
 * 0x0801 multimedia data upload: event fields, the 28-byte fixed location at capture time (no additional items),
 * then the media bytes. Large media arrive subpackaged; this is the reassembled body.
 *
 * @param location null for the 2011 layout, which has no location (the data follows the event fields)
 */
public record MultimediaUpload(long mediaId, int mediaType, int format, int event, int channel,
                               LocationReport location, byte[] data) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.MULTIMEDIA_UPLOAD;
    }
}
