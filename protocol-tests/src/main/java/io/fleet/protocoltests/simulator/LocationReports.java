package io.fleet.protocoltests.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.location.StatusFlag;

/** Turns a simulated fix into the 0x0200 body a real terminal would send: time in GMT+8, mileage, satellites, signal. */
public final class LocationReports {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private LocationReports() {
    }

    public static LocationReport of(Drive.Fix fix, Instant at) {
        long status = StatusFlag.POSITIONED.mask();
        if (fix.accOn()) {
            status |= StatusFlag.ACC_ON.mask();
        }
        if (fix.lat() < 0) {
            status |= StatusFlag.SOUTH_LATITUDE.mask();
        }
        if (fix.lon() < 0) {
            status |= StatusFlag.WEST_LONGITUDE.mask();
        }
        OffsetDateTime time = OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), CHINA);
        return new LocationReport(0, status, Math.round(Math.abs(fix.lat()) * 1e6), Math.round(Math.abs(fix.lon()) * 1e6),
                1050, (int) Math.round(fix.speedKmh() * 10), (int) Math.round(fix.course()) % 360, time,
                List.of(new AdditionalItem.Mileage(Math.round(fix.odometerKm() * 10)),
                        new AdditionalItem.SignalStrength(25),
                        new AdditionalItem.Satellites(12)));
    }
}
