package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/** 0x0201 answer to 0x8201: the serial of the query, then a location report. */
public record LocationQueryResponse(int responseSerial, LocationReport location) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.LOCATION_QUERY_RESPONSE;
    }
}
