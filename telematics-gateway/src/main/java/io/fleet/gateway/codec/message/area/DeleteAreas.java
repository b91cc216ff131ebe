package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.message.MessageBody;

import java.util.List;

/** 0x8601 / 0x8603 / 0x8605 delete circle / rectangle / polygon areas; an empty list deletes all of that type. */
public record DeleteAreas(int messageId, List<Long> areaIds) implements MessageBody {

    public DeleteAreas {
        areaIds = List.copyOf(areaIds);
    }
}
