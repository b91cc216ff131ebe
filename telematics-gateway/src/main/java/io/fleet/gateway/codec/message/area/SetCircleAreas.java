package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/** 0x8600 set circle areas. {@code action}: 0 update (replace all), 1 append, 2 modify. */
public record SetCircleAreas(int action, List<CircleArea> areas) implements MessageBody {

    public SetCircleAreas {
        areas = List.copyOf(areas);
    }

    @Override
    public int messageId() {
        return MessageIds.SET_CIRCLE_AREAS;
    }
}
