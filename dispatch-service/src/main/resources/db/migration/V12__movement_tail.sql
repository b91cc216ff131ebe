-- Where each vehicle's segmentation stands, so later points extend the last segment without reading the track again
-- (MovementSegmenter.Tail). A row exists only while the end of the track is decided enough to be extended; without
-- one, the updater recomputes from the segment before the change, as before.
CREATE TABLE movement_tail (
    vehicle_id    bigint           PRIMARY KEY,
    movement_id   bigint           NOT NULL REFERENCES movement (id) ON DELETE CASCADE,  -- the ongoing segment
    start_mileage double precision,             -- odometer at the segment's start, for odometer_m
    end_time      timestamptz      NOT NULL,    -- the segment's last point
    end_lat       double precision NOT NULL,
    end_lon       double precision NOT NULL,
    end_speed     real             NOT NULL,
    end_acc       boolean          NOT NULL,
    end_mileage   double precision,
    origin_time   timestamptz      NOT NULL,    -- where a stop's standing run, or a drive, started
    origin_lat    double precision NOT NULL,
    origin_lon    double precision NOT NULL,
    left_origin   boolean          NOT NULL     -- the drive got farther than the jitter radius from its origin
);

-- Movements belong to the trip order they served: a movement within the time window of a trip request of its
-- vehicle that was scheduled or later (not cancelled, not a no-show).
CREATE INDEX movement_trip_order_idx ON movement (trip_order_id) WHERE trip_order_id IS NOT NULL;

-- The trip order a segment of a vehicle belongs to: a trip request of that vehicle, scheduled or later, whose window
-- holds the whole segment. plpgsql so that this migration does not need trip_request (V20) to exist yet.
CREATE FUNCTION movement_trip_order(vehicle bigint, seg_start timestamptz, seg_end timestamptz) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT t.id FROM trip_request t
            WHERE t.vehicle_id = vehicle
              AND t.state IN ('SCHEDULED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'EVALUATED')
              AND t.window_start <= seg_start AND t.window_end >= seg_end
            ORDER BY t.window_start DESC, t.id LIMIT 1);
END $$;
