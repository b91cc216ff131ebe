package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/** 0x8602 set rectangle areas. {@code action}: 0 update (replace all), 1 append, 2 modify. */
public record SetRectangleAreas(int action, List<RectangleArea> areas) implements MessageBody {

    public SetRectangleAreas {
        areas = List.copyOf(areas);
    }

    @Override
    public int messageId() {
        return MessageIds.SET_RECTANGLE_AREAS;
    }
}
