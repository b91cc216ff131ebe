package io.fleet.gateway.codec.message.driver;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.header.ProtocolVersion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class DriverCodecsTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 3, 1, 7, 59, 0, 0, BcdTime.BEIJING);

    @Test
    void cardInserted2013() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 0, "张三",
                "110101199001011234", "北京市交通委", LocalDate.of(2030, 6, 30), null);
        assertThat(roundTrip(ProtocolVersion.V2013, identity)).isEqualTo(identity);
    }

    @Test
    void cardInserted2019CarriesIdCardNumber() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 0, "李四",
                "CERT-1", "交通运输部", LocalDate.of(2029, 1, 1), "110101199001011234");
        assertThat(roundTrip(ProtocolVersion.V2019, identity)).isEqualTo(identity);
    }

    @Test
    void cardRemovedHasOnlyStatusAndTime() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_REMOVED, TIME, null, null, null, null,
                null, null);
        assertThat(roundTrip(ProtocolVersion.V2013, identity)).isEqualTo(identity);
    }

    @Test
    void readFailureHasAResultButNoCardFields() {
        DriverIdentity identity = new DriverIdentity(DriverIdentity.CARD_INSERTED, TIME, 2, null, null, null,
                null, null);
        assertThat(roundTrip(ProtocolVersion.V2019, identity)).isEqualTo(identity);
    }
}
