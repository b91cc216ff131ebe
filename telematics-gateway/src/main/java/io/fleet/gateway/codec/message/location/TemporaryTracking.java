package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/** 0x8202 temporary location tracking: report every {@code intervalSeconds} for {@code validitySeconds}. */
public record TemporaryTracking(int intervalSeconds, long validitySeconds) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TEMPORARY_TRACKING;
    }
}
