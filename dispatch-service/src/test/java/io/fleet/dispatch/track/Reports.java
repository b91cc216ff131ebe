package io.fleet.dispatch.track;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.location.StatusFlag;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/** Location reports built the way a terminal sends them, encoded with the gateway's codec. */
public final class Reports {

    private Reports() {
    }

    /** A positioned report; mileageKm null leaves the odometer item out. */
    public static LocationReport at(Instant time, double lat, double lon, double speedKmh, boolean acc, Double mileageKm) {
        long status = StatusFlag.POSITIONED.mask() | (acc ? StatusFlag.ACC_ON.mask() : 0);
        List<AdditionalItem> items = new ArrayList<>();
        if (mileageKm != null) {
            items.add(new AdditionalItem.Mileage(Math.round(mileageKm * 10)));
        }
        items.add(new AdditionalItem.Satellites(9));
        return new LocationReport(0, status, Math.round(Math.abs(lat) * 1e6), Math.round(Math.abs(lon) * 1e6), 12,
                (int) Math.round(speedKmh * 10), 90, time.atOffset(ZoneOffset.ofHours(8)), items);
    }

    public static LocationReport at(Instant time, double lat, double lon, double speedKmh) {
        return at(time, lat, lon, speedKmh, true, null);
    }

    /** The same report without a fix (status bit 1 clear). */
    public static LocationReport unpositioned(LocationReport r) {
        return new LocationReport(r.alarm(), r.status() & ~StatusFlag.POSITIONED.mask(), r.latitudeMicros(),
                r.longitudeMicros(), r.altitudeM(), r.speedTenthsKmh(), r.course(), r.time(), r.items());
    }

    public static LocationBatchUpload blindArea(List<LocationReport> items) {
        return new LocationBatchUpload(LocationBatchUpload.BLIND_AREA, items);
    }

    public static byte[] body(MessageBody body) {
        ByteBuf out = Unpooled.buffer(128);
        try {
            BodyCodecRegistry.standard().encode(body, out,
                    MessageHeader.of(ProtocolVersion.V2013, body.messageId(), "013900000000", 1));
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}
