package io.fleet.gateway.codec.field;

import io.netty.buffer.ByteBuf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * JT/T 808 times: BCD {@code YYMMDDhhmmss} (6 bytes) or dates {@code YYYYMMDD} (4 bytes), always Beijing time.
 * An all-zero or impossible value decodes to {@code null} and a {@code null} encodes as zeros, which is what
 * terminals send when they have no time yet.
 */
public final class BcdTime {

    /** GMT+8: the standard fixes terminal time to Beijing time, with no daylight saving. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private BcdTime() {
    }

    public static OffsetDateTime readDateTime(ByteBuf in) {
        int year = Bcd.toInt(in.readUnsignedByte());
        int month = Bcd.toInt(in.readUnsignedByte());
        int day = Bcd.toInt(in.readUnsignedByte());
        int hour = Bcd.toInt(in.readUnsignedByte());
        int minute = Bcd.toInt(in.readUnsignedByte());
        int second = Bcd.toInt(in.readUnsignedByte());
        try {
            return OffsetDateTime.of(2000 + year, month, day, hour, minute, second, 0, BEIJING);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static void writeDateTime(ByteBuf out, OffsetDateTime time) {
        if (time == null) {
            out.writeZero(6);
            return;
        }
        OffsetDateTime local = time.withOffsetSameInstant(BEIJING);
        out.writeByte(Bcd.fromInt(local.getYear() % 100));
        out.writeByte(Bcd.fromInt(local.getMonthValue()));
        out.writeByte(Bcd.fromInt(local.getDayOfMonth()));
        out.writeByte(Bcd.fromInt(local.getHour()));
        out.writeByte(Bcd.fromInt(local.getMinute()));
        out.writeByte(Bcd.fromInt(local.getSecond()));
    }

    public static LocalDate readDate(ByteBuf in) {
        int century = Bcd.toInt(in.readUnsignedByte());
        int year = Bcd.toInt(in.readUnsignedByte());
        int month = Bcd.toInt(in.readUnsignedByte());
        int day = Bcd.toInt(in.readUnsignedByte());
        try {
            return LocalDate.of(century * 100 + year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static void writeDate(ByteBuf out, LocalDate date) {
        if (date == null) {
            out.writeZero(4);
            return;
        }
        out.writeByte(Bcd.fromInt(date.getYear() / 100));
        out.writeByte(Bcd.fromInt(date.getYear() % 100));
        out.writeByte(Bcd.fromInt(date.getMonthValue()));
        out.writeByte(Bcd.fromInt(date.getDayOfMonth()));
    }
}
