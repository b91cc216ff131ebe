package io.fleet.dispatch.track.ingest;

import java.util.List;
import java.util.Map;

import io.fleet.dispatch.track.store.PositionRow;

/**
 * What one batch of stream entries turned into: rows to store, points kept apart, the newest stored point of each
 * vehicle (for live state), and the entry ids to acknowledge once all of it is committed.
 */
public record IngestBatch(List<PositionRow> rows, List<Rejection> rejections, Map<Long, LatestPoint> latest,
                          List<String> entryIds) {

    /** The newest point of a vehicle in this batch, with what the live view needs to place and filter it. */
    public record LatestPoint(VehicleRef vehicle, PositionRow row) {
    }
}
