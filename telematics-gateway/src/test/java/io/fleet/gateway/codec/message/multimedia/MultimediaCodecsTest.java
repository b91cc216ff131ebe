package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.location.LocationReport;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class MultimediaCodecsTest {

    @Test
    void event() {
        MultimediaEvent event = new MultimediaEvent(0xfffffff0L, 0, 0, 2, 1);
        assertThat(roundTrip(ProtocolVersion.V2013, event)).isEqualTo(event);
    }

    @Test
    void uploadKeepsLocationAndData() {
        LocationReport at = new LocationReport(0, 2, 31_230_416L, 121_473_701L, 4, 0, 0,
                OffsetDateTime.parse("2024-01-02T03:04:05+08:00"), List.of());
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, 0x7e, 0x7d, (byte) 0xff, (byte) 0xd9};
        MultimediaUpload back = roundTrip(ProtocolVersion.V2019, new MultimediaUpload(12, 0, 0, 1, 2, at, jpeg));
        assertThat(back.location()).isEqualTo(at);
        assertThat(back.data()).containsExactly(jpeg);
        assertThat(back.channel()).isEqualTo(2);
    }

    @Test
    void upload2011HasNoLocation() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, 1, 2, 3, (byte) 0xff, (byte) 0xd9};
        MultimediaUpload upload = new MultimediaUpload(13, 0, 0, 0, 1, null, jpeg);
        MultimediaUpload back = roundTrip(ProtocolVersion.V2013, upload);
        assertThat(back.location()).isNull();
        assertThat(back.data()).containsExactly(jpeg);
        assertThat(back.mediaId()).isEqualTo(13);
    }

    @Test
    void upload2013WhoseDataLooksLikeNoKnownFormatKeepsItsLocation() {
        LocationReport at = new LocationReport(0, 2, 31_230_416L, 121_473_701L, 4, 0, 0,
                OffsetDateTime.parse("2024-01-02T03:04:05+08:00"), List.of());
        byte[] data = new byte[40];
        MultimediaUpload back = roundTrip(ProtocolVersion.V2013, new MultimediaUpload(14, 0, 0, 0, 1, at, data));
        assertThat(back.location()).isEqualTo(at);
        assertThat(back.data()).hasSize(40);
    }

    @Test
    void takePhotoResponseWithIdsAndWithout() {
        TakePhotoResponse ok = new TakePhotoResponse(0x0102, TakePhotoResponse.SUCCESS, List.of(1L, 0xfffffffeL));
        assertThat(roundTrip(ProtocolVersion.V2013, ok)).isEqualTo(ok);
        TakePhotoResponse failed = new TakePhotoResponse(9, TakePhotoResponse.FAILED, null);
        assertThat(roundTrip(ProtocolVersion.V2019, failed)).isEqualTo(failed);
    }

    @Test
    void takePhoto() {
        TakePhoto photo = new TakePhoto(1, 3, 5, 0, 2, 5, 128, 64, 64, 127);
        assertThat(roundTrip(ProtocolVersion.V2013, photo)).isEqualTo(photo);
        assertThat(roundTrip(ProtocolVersion.V2019, photo)).isEqualTo(photo);
    }
}
