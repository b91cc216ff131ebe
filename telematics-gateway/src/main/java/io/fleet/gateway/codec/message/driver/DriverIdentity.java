package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 0x0702 driver identity report (2013/2019 layout). After status and time, the card fields are sent when the
 * card was inserted (status 1), and some terminals send them on removal too; fields absent from the body are null.
 *
 * @param status         1 qualification card inserted, 2 card removed
 * @param cardReadResult 0 read OK; 1 key mismatch, 2 card locked, 3 card removed, 4 checksum error
 * @param idCardNumber   driver's identity card number, 2019 only
 */
public record DriverIdentity(int status, OffsetDateTime time, Integer cardReadResult, String name,
                             String certificateNumber, String issuingAuthority, LocalDate certificateExpiry,
                             String idCardNumber) implements MessageBody {

    public static final int CARD_INSERTED = 1;
    public static final int CARD_REMOVED = 2;

    @Override
    public int messageId() {
        return MessageIds.DRIVER_IDENTITY;
    }
}
