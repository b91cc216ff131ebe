package io.fleet.dispatch.track.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fleet.dispatch.track.store.PositionRow;
import io.fleet.gateway.codec.message.location.LocationReport;

/**
 * Turns stream entries into position rows and rejections: resolve the vehicle, decode, check each point alone,
 * then check jumps per vehicle in fix-time order. Holds no connection; the ingestor stores what comes out.
 */
public final class BatchAssembler {

    /** item_index of a rejection that concerns the whole entry (unknown terminal, undecodable body). */
    public static final int WHOLE_ENTRY = -1;

    private final VehicleDirectory vehicles;
    private final PointDecoder decoder = new PointDecoder();
    private final PointChecks checks;
    private final JumpFilter jumps;

    public BatchAssembler(VehicleDirectory vehicles, PointChecks checks, JumpFilter jumps) {
        this.vehicles = vehicles;
        this.checks = checks;
        this.jumps = jumps;
    }

    public IngestBatch assemble(List<PositionEntry> entries, Instant now) {
        List<Rejection> rejections = new ArrayList<>();
        Map<Long, List<Candidate>> byVehicle = new HashMap<>();
        List<String> ids = new ArrayList<>(entries.size());
        for (PositionEntry entry : entries) {
            ids.add(entry.streamId());
            Instant received = entry.rxMillis() > 0 ? Instant.ofEpochMilli(entry.rxMillis()) : now;
            Optional<VehicleRef> vehicle = vehicles.resolve(entry.phone());
            if (vehicle.isEmpty()) {
                rejections.add(wholeEntry(entry, RejectReason.UNKNOWN_TERMINAL,
                        "no vehicle is fitted with terminal " + entry.phone(), received));
                continue;
            }
            List<DecodedPoint> points;
            try {
                points = decoder.decode(entry);
            } catch (IllegalArgumentException e) {
                rejections.add(wholeEntry(entry, RejectReason.UNDECODABLE, e.getMessage(), received));
                continue;
            }
            for (DecodedPoint point : points) {
                PointChecks.Refusal refusal = checks.check(point.report(), now);
                if (refusal != null) {
                    rejections.add(rejection(entry, point, refusal.reason(), refusal.detail(), received));
                } else {
                    byVehicle.computeIfAbsent(vehicle.get().vehicleId(), id -> new ArrayList<>())
                            .add(new Candidate(entry, point, vehicle.get(), received));
                }
            }
        }
        List<PositionRow> rows = new ArrayList<>();
        Map<Long, IngestBatch.LatestPoint> latest = new HashMap<>();
        for (List<Candidate> candidates : byVehicle.values()) {
            candidates.sort(Comparator.comparing(c -> c.point.report().time()));
            JumpFilter.Fix previous = null;
            for (Candidate c : candidates) {
                LocationReport report = c.point.report();
                JumpFilter.Fix fix = new JumpFilter.Fix(report.time().toInstant().toEpochMilli(), report.latitude(),
                        report.longitude());
                String jump = jumps.check(c.vehicle.vehicleId(), fix, previous);
                if (jump != null) {
                    rejections.add(rejection(c.entry, c.point, RejectReason.JUMP, jump, c.received));
                    continue;
                }
                previous = fix;
                PositionRow row = row(c);
                rows.add(row);
                latest.put(c.vehicle.vehicleId(), new IngestBatch.LatestPoint(c.vehicle, row));
            }
        }
        return new IngestBatch(rows, rejections, latest, ids);
    }

    private static PositionRow row(Candidate c) {
        LocationReport r = c.point.report();
        return new PositionRow(c.vehicle.vehicleId(), r.time().toInstant(), ContentHash.of(c.point.reportBytes()),
                c.entry.phone(), c.received, r.latitude(), r.longitude(), (float) r.speedKmh(), r.course(),
                Math.min(r.altitudeM(), Short.MAX_VALUE), (int) r.alarm(), (int) r.status(), r.mileageKm().orElse(null),
                r.fuelLitres().map(Double::floatValue).orElse(null), r.satellites().orElse(null),
                Extras.json(r.items()), c.point.backfill());
    }

    private static Rejection wholeEntry(PositionEntry entry, RejectReason reason, String detail, Instant received) {
        return new Rejection(entry.streamId(), WHOLE_ENTRY, entry.phone(), entry.msgId(), reason, detail, null, null,
                null, received, entry.body());
    }

    private static Rejection rejection(PositionEntry entry, DecodedPoint point, RejectReason reason, String detail,
                                       Instant received) {
        LocationReport r = point.report();
        return new Rejection(entry.streamId(), point.itemIndex(), entry.phone(), entry.msgId(), reason, detail,
                r.time() == null ? null : r.time().toInstant(), r.latitude(), r.longitude(), received,
                point.reportBytes());
    }

    private record Candidate(PositionEntry entry, DecodedPoint point, VehicleRef vehicle, Instant received) {
    }
}
