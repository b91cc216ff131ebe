package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.field.Bcd;
import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.netty.buffer.ByteBuf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static io.fleet.gateway.codec.message.MessageIds.*;

/**
 * Body codecs of the area family, 0x8600–0x8605. Layout of each area:
 * <pre>
 * id DWORD | attributes WORD | geometry | [start BCD6, end BCD6]? | [max speed WORD, duration BYTE]?
 *   | 2019: [night max speed WORD]? | 2019: name length WORD, name
 * </pre>
 * For polygons the vertex list sits between the speed limit and the 2019 fields.
 */
public final class AreaCodecs {

    private AreaCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(SET_CIRCLE_AREAS, SetCircleAreas.class, AreaCodecs::decodeCircles, AreaCodecs::encodeCircles)
                .register(SET_RECTANGLE_AREAS, SetRectangleAreas.class, AreaCodecs::decodeRectangles,
                        AreaCodecs::encodeRectangles)
                .register(SET_POLYGON_AREA, PolygonArea.class, AreaCodecs::decodePolygon, AreaCodecs::encodePolygon);
        for (int id : new int[] {DELETE_CIRCLE_AREAS, DELETE_RECTANGLE_AREAS, DELETE_POLYGON_AREAS}) {
            registry.register(id, DeleteAreas.class, AreaCodecs::decodeDelete, AreaCodecs::encodeDelete);
        }
    }

    static SetCircleAreas decodeCircles(ByteBuf in, MessageHeader header) {
        int action = in.readUnsignedByte();
        // Arguments evaluate left to right, so the reads follow the wire order.
        return new SetCircleAreas(action, readAreas(in, header, (id, attributes) -> new CircleArea(id,
                in.readUnsignedInt(), in.readUnsignedInt(), in.readUnsignedInt(),
                readRules(in, attributes, header, true))));
    }

    static void encodeCircles(SetCircleAreas body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.action());
        writeAreas(body.areas(), out, header, CircleArea::id, CircleArea::rules, area -> out
                .writeInt((int) area.centerLatitudeMicros()).writeInt((int) area.centerLongitudeMicros())
                .writeInt((int) area.radiusM()));
    }

    static SetRectangleAreas decodeRectangles(ByteBuf in, MessageHeader header) {
        int action = in.readUnsignedByte();
        return new SetRectangleAreas(action, readAreas(in, header, (id, attributes) -> new RectangleArea(id,
                in.readUnsignedInt(), in.readUnsignedInt(), in.readUnsignedInt(), in.readUnsignedInt(),
                readRules(in, attributes, header, true))));
    }

    static void encodeRectangles(SetRectangleAreas body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.action());
        writeAreas(body.areas(), out, header, RectangleArea::id, RectangleArea::rules, area -> out
                .writeInt((int) area.topLatitudeMicros()).writeInt((int) area.leftLongitudeMicros())
                .writeInt((int) area.bottomLatitudeMicros()).writeInt((int) area.rightLongitudeMicros()));
    }

    /** Reads the geometry and rules of one area whose id and attributes are already read. */
    private interface AreaReader<A> {
        A read(long id, int attributes);
    }

    /** Count BYTE, then per area: id DWORD, attributes WORD, the rest by {@code reader}. */
    private static <A> List<A> readAreas(ByteBuf in, MessageHeader header, AreaReader<A> reader) {
        int count = in.readUnsignedByte();
        List<A> areas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = in.readUnsignedInt();
            areas.add(reader.read(id, in.readUnsignedShort()));
        }
        return areas;
    }

    private static <A> void writeAreas(List<A> areas, ByteBuf out, MessageHeader header, ToLongFunction<A> id,
                                       Function<A, AreaRules> rules, Consumer<A> geometry) {
        out.writeByte(areas.size());
        for (A area : areas) {
            out.writeInt((int) id.applyAsLong(area)).writeShort(rules.apply(area).attributes());
            geometry.accept(area);
            writeRules(rules.apply(area), out, header, true);
        }
    }

    static PolygonArea decodePolygon(ByteBuf in, MessageHeader header) {
        long id = in.readUnsignedInt();
        int attributes = in.readUnsignedShort();
        AreaRules limits = readRules(in, attributes, header, false);
        int count = in.readUnsignedShort();
        List<PolygonArea.Vertex> vertices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            vertices.add(new PolygonArea.Vertex(in.readUnsignedInt(), in.readUnsignedInt()));
        }
        return new PolygonArea(id, readRules2019(in, limits, header), vertices);
    }

    static void encodePolygon(PolygonArea body, ByteBuf out, MessageHeader header) {
        out.writeInt((int) body.id()).writeShort(body.rules().attributes());
        writeRules(body.rules(), out, header, false);
        out.writeShort(body.vertices().size());
        for (PolygonArea.Vertex vertex : body.vertices()) {
            out.writeInt((int) vertex.latitudeMicros()).writeInt((int) vertex.longitudeMicros());
        }
        writeRules2019(body.rules(), out, header);
    }

    static DeleteAreas decodeDelete(ByteBuf in, MessageHeader header) {
        int count = in.readUnsignedByte();
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.readUnsignedInt());
        }
        return new DeleteAreas(header.messageId(), ids);
    }

    static void encodeDelete(DeleteAreas body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.areaIds().size());
        body.areaIds().forEach(id -> out.writeInt(id.intValue()));
    }

    /** Time window and speed limit; with {@code with2019} also the 2019 night limit and name that follow them. */
    private static AreaRules readRules(ByteBuf in, int attributes, MessageHeader header, boolean with2019) {
        boolean timed = (attributes & AreaRules.TIME_WINDOW) != 0;
        boolean limited = (attributes & AreaRules.SPEED_LIMIT) != 0;
        String start = timed ? Bcd.read(in, 6) : null;
        String end = timed ? Bcd.read(in, 6) : null;
        Integer maxSpeed = limited ? (Integer) in.readUnsignedShort() : null;
        Integer duration = limited ? (Integer) (int) in.readUnsignedByte() : null;
        AreaRules rules = new AreaRules(attributes, start, end, maxSpeed, duration, null, null);
        return with2019 ? readRules2019(in, rules, header) : rules;
    }

    private static AreaRules readRules2019(ByteBuf in, AreaRules rules, MessageHeader header) {
        if (!header.version2019()) {
            return rules;
        }
        Integer night = rules.hasSpeedLimit() ? (Integer) in.readUnsignedShort() : null;
        return new AreaRules(rules.attributes(), rules.startTime(), rules.endTime(), rules.maxSpeedKmh(),
                rules.overspeedSeconds(), night, Gbk.readWordLengthPrefixed(in));
    }

    private static void writeRules(AreaRules rules, ByteBuf out, MessageHeader header, boolean with2019) {
        if (rules.hasTimeWindow()) {
            Bcd.write(out, rules.startTime(), 6);
            Bcd.write(out, rules.endTime(), 6);
        }
        if (rules.hasSpeedLimit()) {
            out.writeShort(rules.maxSpeedKmh()).writeByte(rules.overspeedSeconds());
        }
        if (with2019) {
            writeRules2019(rules, out, header);
        }
    }

    private static void writeRules2019(AreaRules rules, ByteBuf out, MessageHeader header) {
        if (!header.version2019()) {
            return;
        }
        if (rules.hasSpeedLimit()) {
            out.writeShort(rules.nightMaxSpeedKmh() == null ? 0 : rules.nightMaxSpeedKmh());
        }
        Gbk.writeWordLengthPrefixed(out, rules.name() == null ? "" : rules.name());
    }
}
