package io.fleet.dispatch.track.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationQueryResponse;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Decodes a stream entry's body with the gateway's codec library into its location reports. Decoding here again
 * (instead of trusting a format of our own on the stream) means a codec fix can be applied to history by replaying
 * raw bodies.
 */
public final class PointDecoder {

    private static final BodyCodecRegistry CODECS = BodyCodecRegistry.standard();

    /** The reports of the entry, in the order they were sent; throws IllegalArgumentException when it does not decode. */
    public List<DecodedPoint> decode(PositionEntry entry) {
        int messageId = parseMessageId(entry.msgId());
        MessageHeader header = MessageHeader.of(version(entry.version()), messageId,
                entry.phone() == null ? "0" : entry.phone(), entry.serial());
        MessageBody body;
        ByteBuf buffer = Unpooled.wrappedBuffer(entry.body());
        try {
            body = CODECS.decode(header, buffer);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("0x" + entry.msgId() + " body does not decode: " + e.getMessage(), e);
        }
        if (body instanceof LocationReport report) {
            return List.of(new DecodedPoint(0, report, false, entry.body()));
        }
        if (body instanceof LocationQueryResponse response) {
            // the report follows the 2-byte serial of the query it answers
            return List.of(new DecodedPoint(0, response.location(), false,
                    Arrays.copyOfRange(entry.body(), 2, entry.body().length)));
        }
        if (body instanceof LocationBatchUpload batch) {
            return batchItems(batch, header);
        }
        throw new IllegalArgumentException("0x" + entry.msgId() + " is not a location message");
    }

    private static List<DecodedPoint> batchItems(LocationBatchUpload batch, MessageHeader header) {
        boolean backfill = batch.type() == LocationBatchUpload.BLIND_AREA;
        MessageHeader itemHeader = header.withMessageId(MessageIds.LOCATION_REPORT);
        List<DecodedPoint> points = new ArrayList<>(batch.items().size());
        for (int i = 0; i < batch.items().size(); i++) {
            LocationReport report = batch.items().get(i);
            points.add(new DecodedPoint(i, report, backfill, encode(report, itemHeader)));
        }
        return points;
    }

    /** The report's wire bytes: the codec keeps wire units, so this is what the terminal sent. */
    static byte[] encode(LocationReport report, MessageHeader header) {
        ByteBuf out = Unpooled.buffer(64);
        try {
            CODECS.encode(report, out, header);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    private static int parseMessageId(String msgId) {
        try {
            return Integer.parseInt(msgId, 16);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("message id '" + msgId + "' is not 4 hex digits");
        }
    }

    private static ProtocolVersion version(String label) {
        for (ProtocolVersion v : ProtocolVersion.values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        return ProtocolVersion.V2013;
    }
}
