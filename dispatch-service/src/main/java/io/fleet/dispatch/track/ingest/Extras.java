package io.fleet.dispatch.track.ingest;

import java.util.List;

import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * The additional items that have no column of their own, as a JSON object {"item id in hex": "value in hex"}: lossless
 * (the raw value is kept whatever the vendor meant) and small. Mileage, fuel and satellites have columns.
 */
final class Extras {

    private Extras() {
    }

    static String json(List<AdditionalItem> items) {
        StringBuilder json = null;
        for (AdditionalItem item : items) {
            if (item instanceof AdditionalItem.Mileage || item instanceof AdditionalItem.Fuel
                    || item instanceof AdditionalItem.Satellites) {
                continue;
            }
            json = json == null ? new StringBuilder("{") : json.append(',');
            String key = item instanceof AdditionalItem.Unparsed ? "unparsed" : Hex.itemId(item.id());
            json.append('"').append(key).append("\":\"").append(Hex.encode(valueBytes(item))).append('"');
        }
        return json == null ? null : json.append('}').toString();
    }

    private static byte[] valueBytes(AdditionalItem item) {
        ByteBuf out = Unpooled.buffer(16);
        try {
            item.writeValue(out);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}
