package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 0x0702 driver identity report, in either layout:
 * <ul>
 * <li>2013/2019: status and time; then, when the card was inserted (some terminals also on removal), the read
 *     result and the card fields: name, certificate (20), issuing authority, expiry, and in 2019 the identity card
 *     number (20). Fields absent from the body are null.</li>
 * <li>2011: name, identity card number (20), certificate (40), issuing authority. No status, time, read result
 *     or expiry ({@code status} is 0, the others null).</li>
 * </ul>
 *
 * @param status         1 qualification card inserted, 2 card removed (0 in the 2011 layout)
 * @param cardReadResult 0 read OK; 1 key mismatch, 2 card locked, 3 card removed, 4 checksum error
 * @param idCardNumber   driver's identity card number (2011 and 2019 layouts)
 * @param layout         {@link ProtocolVersion#V2011} for the 2011 layout, otherwise {@link ProtocolVersion#V2013}
 *                       (the 2019 additions follow the header)
 */
public record DriverIdentity(int status, OffsetDateTime time, Integer cardReadResult, String name,
                             String certificateNumber, String issuingAuthority, LocalDate certificateExpiry,
                             String idCardNumber, ProtocolVersion layout) implements MessageBody {

    public static final int CARD_INSERTED = 1;
    public static final int CARD_REMOVED = 2;

    /** A 2013/2019-layout report. */
    public DriverIdentity(int status, OffsetDateTime time, Integer cardReadResult, String name,
                          String certificateNumber, String issuingAuthority, LocalDate certificateExpiry,
                          String idCardNumber) {
        this(status, time, cardReadResult, name, certificateNumber, issuingAuthority, certificateExpiry,
                idCardNumber, ProtocolVersion.V2013);
    }

    /** A 2011-layout report. */
    public static DriverIdentity of2011(String name, String idCardNumber, String certificateNumber,
                                        String issuingAuthority) {
        return new DriverIdentity(0, null, null, name, certificateNumber, issuingAuthority, null, idCardNumber,
                ProtocolVersion.V2011);
    }

    @Override
    public int messageId() {
        return MessageIds.DRIVER_IDENTITY;
    }
}
