package io.fleet.protocoltests.vectors;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationQueryResponse;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.multimedia.MultimediaUpload;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sanity bounds every decoded position must satisfy (after Traccar's ProtocolTest.verifyDecodedPosition). */
public final class PositionInvariants {

    /** Fastest plausible road vehicle; Traccar uses the same figure. */
    public static final double MAX_SPEED_KMH = 869;
    private static final OffsetDateTime EARLIEST_FIX = OffsetDateTime.parse("2000-01-01T00:00:00+08:00");

    private PositionInvariants() {
    }

    /** Every position a message carries: 0x0200 body, 0x0201, each 0x0704 item, the 0x0801 capture position. */
    public static List<LocationReport> positions(Jt808Message message) {
        if (message.body() instanceof LocationReport report) {
            return List.of(report);
        } else if (message.body() instanceof LocationQueryResponse response) {
            return List.of(response.location());
        } else if (message.body() instanceof LocationBatchUpload batch) {
            return batch.items();
        } else if (message.body() instanceof MultimediaUpload upload && upload.location() != null) {
            return List.of(upload.location());
        }
        return List.of();
    }

    public static void check(LocationReport report) {
        assertThat(report.latitude()).as("latitude").isBetween(-90.0, 90.0);
        assertThat(report.longitude()).as("longitude").isBetween(-180.0, 180.0);
        assertThat(report.speedKmh()).as("speed km/h").isBetween(0.0, MAX_SPEED_KMH);
        assertThat(report.course()).as("course").isBetween(0, 360);
        if (report.time() != null) {
            assertThat(report.time()).as("fix time").isAfter(EARLIEST_FIX)
                    .isBefore(OffsetDateTime.now().plusHours(25));
        }
    }
}
