package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/**
 * 0x0704 batch upload: count WORD, type BYTE (0 normal batch, 1 blind-area backfill), then per item a WORD
 * length and a location report body.
 */
public record LocationBatchUpload(int type, List<LocationReport> items) implements MessageBody {

    public static final int NORMAL = 0;
    public static final int BLIND_AREA = 1;

    public LocationBatchUpload {
        items = List.copyOf(items);
    }

    @Override
    public int messageId() {
        return MessageIds.LOCATION_BATCH_UPLOAD;
    }
}
