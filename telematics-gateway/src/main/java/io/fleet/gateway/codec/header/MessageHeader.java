package io.fleet.gateway.codec.header;

/**
 * A JT/T 808 message header, both layouts:
 * <pre>
 * 2011/2013: id(2) props(2)            phone BCD[6]  serial(2) [total(2) index(2)]
 * 2019:      id(2) props(2) version(1) phone BCD[10] serial(2) [total(2) index(2)]
 *
 * props: bit 15 reserved | bit 14 version flag | bit 13 subpackage | bits 12-10 encryption | bits 9-0 body length
 * </pre>
 * {@code bodyLength} is what the header declared on decode; encoders recompute it from the body they write.
 *
 * @param encryptionBits  bits 10–12 as sent (kept so a re-encode reproduces reserved values)
 * @param reservedBit     bit 15 as sent
 * @param protocolVersion the 2019 "protocol version" byte (1 for the first 2019 edition); 0 before 2019
 * @param phone           the BCD digits as sent, leading zeros kept (12 digits, or 20 in 2019)
 * @param subpackage      null unless bit 13 is set
 */
public record MessageHeader(int messageId, int bodyLength, int encryptionBits, boolean version2019,
                            boolean reservedBit, int protocolVersion, String phone, int serial,
                            Subpackage subpackage) {

    public static final int PHONE_BYTES_2013 = 6;
    public static final int PHONE_BYTES_2019 = 10;

    /** Header for a message we originate: no encryption, no subpackage. */
    public static MessageHeader of(ProtocolVersion version, int messageId, String phone, int serial) {
        boolean is2019 = version.is2019();
        return new MessageHeader(messageId, 0, 0, is2019, false, is2019 ? 1 : 0, phone, serial, null);
    }

    public ProtocolVersion version() {
        return version2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013;
    }

    public Encryption encryption() {
        return Encryption.fromBits(encryptionBits);
    }

    public boolean isSubpackaged() {
        return subpackage != null;
    }

    public int length() {
        return 4 + (version2019 ? 1 + PHONE_BYTES_2019 : PHONE_BYTES_2013) + 2 + (subpackage != null ? 4 : 0);
    }

    public MessageHeader withMessageId(int id) {
        return new MessageHeader(id, bodyLength, encryptionBits, version2019, reservedBit, protocolVersion, phone,
                serial, subpackage);
    }

    public MessageHeader withSerial(int newSerial) {
        return new MessageHeader(messageId, bodyLength, encryptionBits, version2019, reservedBit, protocolVersion,
                phone, newSerial, subpackage);
    }

    /** The header of a reassembled message: same addressing, no packet item, the full body length. */
    public MessageHeader withoutSubpackage(int totalBodyLength) {
        return new MessageHeader(messageId, totalBodyLength, encryptionBits, version2019, reservedBit,
                protocolVersion, phone, serial, null);
    }
}
