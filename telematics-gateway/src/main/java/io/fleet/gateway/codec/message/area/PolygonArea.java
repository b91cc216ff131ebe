package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/** 0x8604 set polygon area (one polygon per message). */
public record PolygonArea(long id, AreaRules rules, List<Vertex> vertices) implements MessageBody {

    public PolygonArea {
        vertices = List.copyOf(vertices);
    }

    @Override
    public int messageId() {
        return MessageIds.SET_POLYGON_AREA;
    }

    /** A vertex in 1e-6 degrees. */
    public record Vertex(long latitudeMicros, long longitudeMicros) {
    }
}
