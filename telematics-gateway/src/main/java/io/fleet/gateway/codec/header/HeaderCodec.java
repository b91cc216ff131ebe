package io.fleet.gateway.codec.header;

import io.fleet.gateway.codec.field.Bcd;
import io.netty.buffer.ByteBuf;

/** Reads and writes {@link MessageHeader}s. */
public final class HeaderCodec {

    public static final int MAX_BODY_LENGTH = 0x3ff;
    /** Smallest header: 2013 layout without packet item. */
    public static final int MIN_HEADER_LENGTH = 12;

    private static final int VERSION_FLAG = 1 << 14;
    private static final int SUBPACKAGE_FLAG = 1 << 13;
    private static final int RESERVED_FLAG = 1 << 15;

    private HeaderCodec() {
    }

    /** Number of header bytes the frame starting at {@code in.readerIndex()} declares (needs 4 readable bytes). */
    public static int declaredHeaderLength(ByteBuf in) {
        int properties = in.getUnsignedShort(in.readerIndex() + 2);
        return 4 + ((properties & VERSION_FLAG) != 0 ? 1 + MessageHeader.PHONE_BYTES_2019 : MessageHeader.PHONE_BYTES_2013)
                + 2 + ((properties & SUBPACKAGE_FLAG) != 0 ? 4 : 0);
    }

    public static MessageHeader read(ByteBuf in) {
        int messageId = in.readUnsignedShort();
        int properties = in.readUnsignedShort();
        boolean is2019 = (properties & VERSION_FLAG) != 0;
        int protocolVersion = is2019 ? in.readUnsignedByte() : 0;
        String phone = Bcd.read(in, is2019 ? MessageHeader.PHONE_BYTES_2019 : MessageHeader.PHONE_BYTES_2013);
        int serial = in.readUnsignedShort();
        Subpackage subpackage = (properties & SUBPACKAGE_FLAG) != 0
                ? new Subpackage(in.readUnsignedShort(), in.readUnsignedShort())
                : null;
        return new MessageHeader(messageId, properties & MAX_BODY_LENGTH, (properties >>> 10) & 0x7, is2019,
                (properties & RESERVED_FLAG) != 0, protocolVersion, phone, serial, subpackage);
    }

    /** Writes {@code header} declaring {@code bodyLength}, which must fit the 10-bit length field. */
    public static void write(ByteBuf out, MessageHeader header, int bodyLength) {
        if (bodyLength > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("body of " + bodyLength + " bytes needs subpackaging (max "
                    + MAX_BODY_LENGTH + ")");
        }
        int properties = bodyLength | header.encryptionBits() << 10
                | (header.subpackage() != null ? SUBPACKAGE_FLAG : 0)
                | (header.version2019() ? VERSION_FLAG : 0)
                | (header.reservedBit() ? RESERVED_FLAG : 0);
        out.writeShort(header.messageId());
        out.writeShort(properties);
        if (header.version2019()) {
            out.writeByte(header.protocolVersion());
        }
        Bcd.write(out, header.phone(), header.version2019() ? MessageHeader.PHONE_BYTES_2019 : MessageHeader.PHONE_BYTES_2013);
        out.writeShort(header.serial());
        if (header.subpackage() != null) {
            out.writeShort(header.subpackage().total());
            out.writeShort(header.subpackage().index());
        }
    }
}
