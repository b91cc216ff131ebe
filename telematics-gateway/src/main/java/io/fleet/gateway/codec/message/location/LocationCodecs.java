package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.netty.buffer.ByteBuf;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of the location family: 0x0200, 0x0201, 0x0704, 0x8201, 0x8202. */
public final class LocationCodecs {

    /** Bytes of the fixed part of a report, before the additional items. */
    public static final int BASIC_LENGTH = 28;

    private LocationCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(LOCATION_REPORT, LocationReport.class, (in, header) -> readReport(in),
                        (body, out, header) -> writeReport(body, out))
                .register(LOCATION_QUERY_RESPONSE, LocationQueryResponse.class, LocationCodecs::decodeQueryResponse,
                        LocationCodecs::encodeQueryResponse)
                .register(LOCATION_BATCH_UPLOAD, LocationBatchUpload.class, LocationCodecs::decodeBatch,
                        LocationCodecs::encodeBatch)
                .register(LOCATION_QUERY, EmptyBody.class, (in, header) -> new EmptyBody(LOCATION_QUERY),
                        (body, out, header) -> { })
                .register(TEMPORARY_TRACKING, TemporaryTracking.class,
                        (in, header) -> new TemporaryTracking(in.readUnsignedShort(), in.readUnsignedInt()),
                        (body, out, header) -> out.writeShort(body.intervalSeconds()).writeInt((int) body.validitySeconds()));
    }

    /** A full report: fixed part plus additional items up to the end of {@code in}. */
    public static LocationReport readReport(ByteBuf in) {
        return readReport(in, true);
    }

    /** Only the 28-byte fixed part (as embedded in 0x0801 multimedia uploads). */
    public static LocationReport readBasic(ByteBuf in) {
        return readReport(in, false);
    }

    private static LocationReport readReport(ByteBuf in, boolean withItems) {
        long alarm = in.readUnsignedInt();
        long status = in.readUnsignedInt();
        long latitude = in.readUnsignedInt();
        long longitude = in.readUnsignedInt();
        short altitude = in.readShort();
        int speed = in.readUnsignedShort();
        int course = in.readUnsignedShort();
        OffsetDateTime time = BcdTime.readDateTime(in);
        return new LocationReport(alarm, status, latitude, longitude, altitude, speed, course, time,
                withItems ? AdditionalItems.read(in) : List.of());
    }

    public static void writeReport(LocationReport report, ByteBuf out) {
        writeBasic(report, out);
        AdditionalItems.write(report.items(), out);
    }

    public static void writeBasic(LocationReport report, ByteBuf out) {
        out.writeInt((int) report.alarm()).writeInt((int) report.status())
                .writeInt((int) report.latitudeMicros()).writeInt((int) report.longitudeMicros())
                .writeShort(report.altitudeM()).writeShort(report.speedTenthsKmh()).writeShort(report.course());
        BcdTime.writeDateTime(out, report.time());
    }

    static LocationQueryResponse decodeQueryResponse(ByteBuf in, MessageHeader header) {
        return new LocationQueryResponse(in.readUnsignedShort(), readReport(in));
    }

    static void encodeQueryResponse(LocationQueryResponse body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.responseSerial());
        writeReport(body.location(), out);
    }

    static LocationBatchUpload decodeBatch(ByteBuf in, MessageHeader header) {
        int count = in.readUnsignedShort();
        int type = in.readUnsignedByte();
        List<LocationReport> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(readReport(in.readSlice(in.readUnsignedShort())));
        }
        return new LocationBatchUpload(type, items);
    }

    static void encodeBatch(LocationBatchUpload body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.items().size()).writeByte(body.type());
        for (LocationReport item : body.items()) {
            int lengthIndex = out.writerIndex();
            out.writeShort(0);
            writeReport(item, out);
            out.setShort(lengthIndex, out.writerIndex() - lengthIndex - 2);
        }
    }
}
