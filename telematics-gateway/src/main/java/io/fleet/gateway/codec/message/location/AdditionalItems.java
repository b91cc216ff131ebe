package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.message.location.AdditionalItem.*;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes the additional-item list that ends a location report. */
final class AdditionalItems {

    private AdditionalItems() {
    }

    /**
     * Reads items up to the end of {@code in}. Bytes that do not form a whole item (a length running past the end,
     * a lone id byte) end the list as one {@link Unparsed} item: some terminals pad reports with zeros, and the
     * position before them is still good.
     */
    static List<AdditionalItem> read(ByteBuf in) {
        List<AdditionalItem> items = new ArrayList<>();
        while (in.isReadable()) {
            if (in.readableBytes() < 2 || in.getUnsignedByte(in.readerIndex() + 1) > in.readableBytes() - 2) {
                items.add(new Unparsed(ByteBufUtil.getBytes(in.readSlice(in.readableBytes()))));
                break;
            }
            int id = in.readUnsignedByte();
            int length = in.readUnsignedByte();
            items.add(decode(id, in.readSlice(length)));
        }
        return items;
    }

    static void write(List<AdditionalItem> items, ByteBuf out) {
        for (AdditionalItem item : items) {
            if (item instanceof Unparsed unparsed) {
                out.writeBytes(unparsed.bytes());
                continue;
            }
            out.writeByte(item.id());
            int lengthIndex = out.writerIndex();
            out.writeByte(0);
            item.writeValue(out);
            out.setByte(lengthIndex, out.writerIndex() - lengthIndex - 1);
        }
    }

    private static AdditionalItem decode(int id, ByteBuf value) {
        int start = value.readerIndex();
        int length = value.readableBytes();
        AdditionalItem item = switch (id) {
            case AdditionalItem.MILEAGE -> length == 4 ? new Mileage(value.readUnsignedInt()) : null;
            case AdditionalItem.FUEL -> length == 2 ? new Fuel(value.readUnsignedShort()) : null;
            case AdditionalItem.RECORDER_SPEED -> length == 2 ? new RecorderSpeed(value.readUnsignedShort()) : null;
            case AdditionalItem.CONFIRMED_ALARM_EVENT ->
                    length == 2 ? new ConfirmedAlarmEvent(value.readUnsignedShort()) : null;
            case AdditionalItem.OVERSPEED_ALARM -> decodeOverspeed(value);
            case AdditionalItem.AREA_ROUTE_ALARM -> length == 6
                    ? new AreaRouteAlarm(value.readUnsignedByte(), value.readUnsignedInt(), value.readUnsignedByte())
                    : null;
            case AdditionalItem.ROUTE_DRIVING_TIME_ALARM -> length == 7
                    ? new RouteDrivingTimeAlarm(value.readUnsignedInt(), value.readUnsignedShort(),
                    value.readUnsignedByte())
                    : null;
            case AdditionalItem.EXTENDED_SIGNALS -> length == 4 ? new ExtendedSignals(value.readUnsignedInt()) : null;
            case AdditionalItem.IO_STATUS -> length == 2 ? new IoStatus(value.readUnsignedShort()) : null;
            case AdditionalItem.ANALOG_INPUTS -> length == 4 ? new AnalogInputs(value.readUnsignedInt()) : null;
            case AdditionalItem.SIGNAL_STRENGTH -> length == 1 ? new SignalStrength(value.readUnsignedByte()) : null;
            case AdditionalItem.SATELLITES -> length == 1 ? new Satellites(value.readUnsignedByte()) : null;
            default -> null;
        };
        // Vendors reuse standard ids with other lengths; keeping those raw preserves them byte for byte.
        return item != null ? item : new Raw(id, ByteBufUtil.getBytes(value, start, length));
    }

    private static AdditionalItem decodeOverspeed(ByteBuf value) {
        int length = value.readableBytes();
        if (length == 1) {
            int type = value.readUnsignedByte();
            return type == 0 ? new OverspeedAlarm(type, null) : null;
        }
        if (length == 5) {
            int type = value.readUnsignedByte();
            return type != 0 ? new OverspeedAlarm(type, value.readUnsignedInt()) : null;
        }
        return null;
    }
}
