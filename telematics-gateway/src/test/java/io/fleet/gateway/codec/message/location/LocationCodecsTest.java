package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.location.AdditionalItem.*;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.OffsetDateTime;
import java.util.List;

import static io.fleet.gateway.codec.CodecAssertions.decode;
import static io.fleet.gateway.codec.CodecAssertions.encode;
import static io.fleet.gateway.codec.CodecAssertions.frame2013;
import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class LocationCodecsTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 5, 17, 8, 30, 15, 0, BcdTime.BEIJING);

    /** Every standard additional item plus a vendor item, in an unusual order. */
    static LocationReport everyItem() {
        List<AdditionalItem> items = List.of(new Mileage(123456), new Fuel(456), new RecorderSpeed(655),
                new ConfirmedAlarmEvent(7), new OverspeedAlarm(0, null), new OverspeedAlarm(1, 99L),
                new AreaRouteAlarm(2, 1234, 1), new RouteDrivingTimeAlarm(77, 3600, 1), new ExtendedSignals(0x3),
                new IoStatus(0x2), new AnalogInputs(0x00120034L), new SignalStrength(25), new Satellites(14),
                new Raw(0xe1, new byte[] {1, 2, 3}));
        return new LocationReport(AlarmFlag.toBits(java.util.Set.of(AlarmFlag.EMERGENCY, AlarmFlag.OVERSPEED)),
                StatusFlag.toBits(java.util.Set.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED)), 39_904_987L,
                116_405_289L, 44, 655, 270, TIME, items);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void locationReportWithEveryStandardItemRoundTrips(ProtocolVersion version) {
        LocationReport report = roundTrip(version, everyItem());
        assertThat(report.latitude()).isEqualTo(39.904987);
        assertThat(report.longitude()).isEqualTo(116.405289);
        assertThat(report.speedKmh()).isEqualTo(65.5);
        assertThat(report.time()).isEqualTo(TIME);
        assertThat(report.alarms()).containsExactlyInAnyOrder(AlarmFlag.EMERGENCY, AlarmFlag.OVERSPEED);
        assertThat(report.statuses()).containsExactlyInAnyOrder(StatusFlag.ACC_ON, StatusFlag.POSITIONED);
        assertThat(report.mileageKm()).contains(12345.6);
        assertThat(report.fuelLitres()).contains(45.6);
        assertThat(report.satellites()).contains(14);
        assertThat(report.signalStrength()).contains(25);
        assertThat(report.item(RecorderSpeed.class)).map(RecorderSpeed::kmh).contains(65.5);
        assertThat(report.item(AnalogInputs.class)).map(AnalogInputs::ad1).contains(0x12);
        assertThat(report.items()).hasSize(14);
        assertThat(report.items().get(5)).isEqualTo(new OverspeedAlarm(1, 99L));
        assertThat(report.item(0xe1)).get().isInstanceOf(Raw.class);
    }

    @Test
    void southAndWestAreNegative() {
        LocationReport report = new LocationReport(0, StatusFlag.toBits(java.util.Set.of(StatusFlag.SOUTH_LATITUDE,
                StatusFlag.WEST_LONGITUDE)), 33_868_820L, 151_209_296L, 0, 0, 0, TIME, List.of());
        LocationReport back = roundTrip(ProtocolVersion.V2013, report);
        assertThat(back.latitude()).isEqualTo(-33.86882);
        assertThat(back.longitude()).isEqualTo(-151.209296);
    }

    @Test
    void standardIdWithOddLengthStaysRaw() {
        // 0x01 mileage with 2 bytes instead of 4, 0x31 with 2 bytes
        Jt808Message message = decode(frame2013("0200", "00000000000000030262ac8006ef33c00064000000b424051708301501020102310200ff"));
        LocationReport report = (LocationReport) message.body();
        assertThat(report.items()).hasSize(2);
        assertThat(report.items()).allMatch(item -> item instanceof Raw);
        assertThat(report.mileageKm()).isEmpty();
    }

    @Test
    void trailingPaddingIsKeptAsUnparsedAfterAValidPosition() {
        // items: 0x30 (1 byte), then 00 78 claims 120 bytes of which 2 follow
        String body = "00000000000000030262ac8006ef33c00064000000b4240517083015300119" + "00780000";
        Jt808Message message = decode(frame2013("0200", body));
        LocationReport report = (LocationReport) message.body();
        assertThat(report.signalStrength()).contains(25);
        assertThat(report.items().get(1)).isInstanceOf(Unparsed.class);
        assertThat(encode(message)).isEqualTo(frame2013("0200", body));
    }

    @Test
    void zeroTimeDecodesToNull() {
        Jt808Message message = decode(frame2013("0200", "00".repeat(28)));
        assertThat(((LocationReport) message.body()).time()).isNull();
    }

    @Test
    void queryResponseCarriesTheQuerySerial() {
        LocationQueryResponse response = roundTrip(ProtocolVersion.V2019, new LocationQueryResponse(9, everyItem()));
        assertThat(response.responseSerial()).isEqualTo(9);
        assertThat(response.location().satellites()).contains(14);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void batchAndBlindAreaUploads(ProtocolVersion version) {
        LocationReport plain = everyItem().withItems(List.of());
        LocationBatchUpload batch = roundTrip(version, new LocationBatchUpload(LocationBatchUpload.BLIND_AREA,
                List.of(everyItem(), plain)));
        assertThat(batch.type()).isEqualTo(LocationBatchUpload.BLIND_AREA);
        assertThat(batch.items()).hasSize(2);
        assertThat(batch.items().get(1).items()).isEmpty();
        assertThat(roundTrip(version, new LocationBatchUpload(LocationBatchUpload.NORMAL, List.of(plain))).type())
                .isEqualTo(LocationBatchUpload.NORMAL);
    }

    @Test
    void realBatchUploadFromTraccar() {
        // traccar Jt808ProtocolDecoderTest line 15: one blind-area item with 14 satellites
        Jt808Message message = decode("7e070400510144503762020002000101004c00040100000800030202301006f893e8001d"
                + "00000095260817221812140400000000170200000104000036c9030200002504000000002a02000030011f31010eea040"
                + "20c8300ef0400000000037e");
        LocationBatchUpload batch = (LocationBatchUpload) message.body();
        assertThat(batch.type()).isEqualTo(LocationBatchUpload.BLIND_AREA);
        assertThat(batch.items()).singleElement().satisfies(item -> {
            assertThat(item.satellites()).contains(14);
            assertThat(item.mileageKm()).contains(1402.5);
            assertThat(item.time()).hasToString("2026-08-17T22:18:12+08:00");
        });
    }

    @Test
    void queryAndTracking() {
        assertThat(roundTrip(ProtocolVersion.V2013, new EmptyBody(0x8201)).messageId()).isEqualTo(0x8201);
        assertThat(roundTrip(ProtocolVersion.V2019, new TemporaryTracking(30, 3600)))
                .isEqualTo(new TemporaryTracking(30, 3600));
    }

    @Test
    void loadStateIsTheTwoBitField() {
        LocationReport report = everyItem();
        assertThat(new LocationReport(0, 3 << 8, 0, 0, 0, 0, 0, null, List.of()).loadState()).isEqualTo(3);
        assertThat(report.loadState()).isZero();
    }
}
