package io.fleet.dispatch.track.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.location.StatusFlag;

/**
 * The checks a point must pass on its own, before the jump check against its neighbours (JumpFilter). Each refusal
 * names a reason and the detail an inspector needs.
 */
public final class PointChecks {

    private final Duration maxFuture;
    private final Period retention;

    public PointChecks(Duration maxFuture, Period retention) {
        this.maxFuture = maxFuture;
        this.retention = retention;
    }

    /** The refusal, or null when the point may be stored. */
    public Refusal check(LocationReport report, Instant now) {
        if (!report.has(StatusFlag.POSITIONED)) {
            return new Refusal(RejectReason.NO_FIX, "status bit 1 (positioned) clear");
        }
        if (report.latitudeMicros() == 0 && report.longitudeMicros() == 0) {
            return new Refusal(RejectReason.ZERO_ZERO, "latitude and longitude 0");
        }
        if (Math.abs(report.latitude()) > 90 || Math.abs(report.longitude()) > 180) {
            return new Refusal(RejectReason.NO_FIX, "coordinates out of range");
        }
        if (report.time() == null) {
            return new Refusal(RejectReason.NO_TIME, "no fix time");
        }
        Instant fix = report.time().toInstant();
        if (fix.isAfter(now.plus(maxFuture))) {
            return new Refusal(RejectReason.FUTURE, "fix time " + fix + " is after server time " + now);
        }
        if (fix.isBefore(now.atOffset(ZoneOffset.UTC).minus(retention).toInstant())) {
            return new Refusal(RejectReason.TOO_OLD, "fix time " + fix + " is older than the retention " + retention);
        }
        return null;
    }

    public record Refusal(RejectReason reason, String detail) {
    }
}
