package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.field.Hex;
import io.netty.buffer.ByteBuf;

/**
 * One additional information item of a location report (id BYTE, length BYTE, value). Standard items of the
 * expected length decode to their record; any other item, vendor ones included, stays a {@link Raw} item.
 * Each item writes its own value, so a report re-encodes with its items in the order they arrived.
 */
public sealed interface AdditionalItem {

    int MILEAGE = 0x01;
    int FUEL = 0x02;
    int RECORDER_SPEED = 0x03;
    int CONFIRMED_ALARM_EVENT = 0x04;
    int OVERSPEED_ALARM = 0x11;
    int AREA_ROUTE_ALARM = 0x12;
    int ROUTE_DRIVING_TIME_ALARM = 0x13;
    int EXTENDED_SIGNALS = 0x25;
    int IO_STATUS = 0x2a;
    int ANALOG_INPUTS = 0x2b;
    int SIGNAL_STRENGTH = 0x30;
    int SATELLITES = 0x31;

    int id();

    void writeValue(ByteBuf out);

    /** 0x01, DWORD in 1/10 km. */
    record Mileage(long tenthsKm) implements AdditionalItem {
        public int id() {
            return MILEAGE;
        }

        public double km() {
            return tenthsKm / 10.0;
        }

        public void writeValue(ByteBuf out) {
            out.writeInt((int) tenthsKm);
        }
    }

    /** 0x02, WORD in 1/10 L. */
    record Fuel(int tenthsLitre) implements AdditionalItem {
        public int id() {
            return FUEL;
        }

        public double litres() {
            return tenthsLitre / 10.0;
        }

        public void writeValue(ByteBuf out) {
            out.writeShort(tenthsLitre);
        }
    }

    /** 0x03, WORD in 1/10 km/h: the speed from the driving recorder, not from GNSS. */
    record RecorderSpeed(int tenthsKmh) implements AdditionalItem {
        public int id() {
            return RECORDER_SPEED;
        }

        public double kmh() {
            return tenthsKmh / 10.0;
        }

        public void writeValue(ByteBuf out) {
            out.writeShort(tenthsKmh);
        }
    }

    /** 0x04, WORD: id of an alarm event that needs manual confirmation. */
    record ConfirmedAlarmEvent(int eventId) implements AdditionalItem {
        public int id() {
            return CONFIRMED_ALARM_EVENT;
        }

        public void writeValue(ByteBuf out) {
            out.writeShort(eventId);
        }
    }

    /**
     * 0x11 overspeed alarm: location type BYTE (0 none, 1 circle, 2 rectangle, 3 polygon, 4 route segment),
     * then area or segment id DWORD unless the type is 0 ({@code areaId} null).
     */
    record OverspeedAlarm(int locationType, Long areaId) implements AdditionalItem {
        public int id() {
            return OVERSPEED_ALARM;
        }

        public void writeValue(ByteBuf out) {
            out.writeByte(locationType);
            if (areaId != null) {
                out.writeInt(areaId.intValue());
            }
        }
    }

    /** 0x12 area/route entry-exit alarm: location type BYTE, id DWORD, direction BYTE (0 in, 1 out). */
    record AreaRouteAlarm(int locationType, long areaId, int direction) implements AdditionalItem {
        public int id() {
            return AREA_ROUTE_ALARM;
        }

        public void writeValue(ByteBuf out) {
            out.writeByte(locationType).writeInt((int) areaId).writeByte(direction);
        }
    }

    /** 0x13 route segment driving time: segment id DWORD, time WORD (s), result BYTE (0 too short, 1 too long). */
    record RouteDrivingTimeAlarm(long segmentId, int drivingSeconds, int result) implements AdditionalItem {
        public int id() {
            return ROUTE_DRIVING_TIME_ALARM;
        }

        public void writeValue(ByteBuf out) {
            out.writeInt((int) segmentId).writeShort(drivingSeconds).writeByte(result);
        }
    }

    /** 0x25 extended vehicle signal status DWORD (low beam, high beam, turn signals, brake, ...). */
    record ExtendedSignals(long bits) implements AdditionalItem {
        public int id() {
            return EXTENDED_SIGNALS;
        }

        public void writeValue(ByteBuf out) {
            out.writeInt((int) bits);
        }
    }

    /** 0x2A IO status WORD (bit 0 deep sleep, bit 1 sleep). */
    record IoStatus(int bits) implements AdditionalItem {
        public int id() {
            return IO_STATUS;
        }

        public void writeValue(ByteBuf out) {
            out.writeShort(bits);
        }
    }

    /** 0x2B analog inputs DWORD: AD0 in bits 0–15, AD1 in bits 16–31. */
    record AnalogInputs(long bits) implements AdditionalItem {
        public int id() {
            return ANALOG_INPUTS;
        }

        public int ad0() {
            return (int) (bits & 0xffff);
        }

        public int ad1() {
            return (int) (bits >>> 16);
        }

        public void writeValue(ByteBuf out) {
            out.writeInt((int) bits);
        }
    }

    /** 0x30 wireless network signal strength BYTE. */
    record SignalStrength(int value) implements AdditionalItem {
        public int id() {
            return SIGNAL_STRENGTH;
        }

        public void writeValue(ByteBuf out) {
            out.writeByte(value);
        }
    }

    /** 0x31 number of GNSS satellites in use BYTE. */
    record Satellites(int count) implements AdditionalItem {
        public int id() {
            return SATELLITES;
        }

        public void writeValue(ByteBuf out) {
            out.writeByte(count);
        }
    }

    /** Trailing bytes that do not form an item (padding, a cut-off vendor item); re-encoded verbatim. */
    record Unparsed(byte[] bytes) implements AdditionalItem {
        /** Not a real item id: there is none. */
        public static final int NO_ID = -1;

        public int id() {
            return NO_ID;
        }

        public void writeValue(ByteBuf out) {
            out.writeBytes(bytes);
        }

        @Override
        public String toString() {
            return "Unparsed[" + Hex.encode(bytes) + "]";
        }
    }

    /** Anything else: vendor items (0xE1–0xFF, OBD 0x80+, ...), reserved ids, or a standard id of odd length. */
    record Raw(int id, byte[] value) implements AdditionalItem {
        public void writeValue(ByteBuf out) {
            out.writeBytes(value);
        }

        @Override
        public String toString() {
            return "Raw[" + Hex.itemId(id) + "=" + Hex.encode(value) + "]";
        }
    }
}
