-- Track store: every position a terminal sent, partitioned by (China Standard Time) day so that a vehicle-day
-- replay reads one partition and retention is DROP TABLE. See docs/tracks.md for the index measurements.
CREATE TABLE position (
    vehicle_id    bigint           NOT NULL,   -- resolved from the terminal table at ingest time
    fix_time      timestamptz      NOT NULL,   -- the terminal's GNSS time
    content_hash  bigint           NOT NULL,   -- 64-bit hash of the report's wire bytes: same content, same hash
    phone         varchar(20)      NOT NULL,   -- the terminal that sent it, kept in case it moves to another car
    server_time   timestamptz      NOT NULL,   -- when the gateway received the frame
    geom          geometry(Point, 4326) NOT NULL,
    speed_kmh     real             NOT NULL,
    course        smallint         NOT NULL,
    altitude_m    smallint         NOT NULL,
    alarm_bits    integer          NOT NULL,   -- JT/T 808 alarm DWORD (unsigned; read with & masks)
    status_bits   integer          NOT NULL,   -- JT/T 808 status DWORD: bit 0 ACC, bit 1 positioned, ...
    mileage_km    double precision,            -- additional item 0x01 (odometer)
    fuel_l        real,                        -- additional item 0x02
    satellites    smallint,                    -- additional item 0x31
    extras        jsonb,                       -- any other additional item
    backfill      boolean          NOT NULL DEFAULT false  -- came in a 0x0704 blind-area upload
) PARTITION BY RANGE (fix_time);

-- One B-tree serves both "one vehicle over a period" (prefix vehicle_id, fix_time) and duplicate detection: a
-- stream entry delivered twice carries the same vehicle, fix time and content, and ON CONFLICT DO NOTHING drops it.
CREATE UNIQUE INDEX position_vehicle_time_key ON position (vehicle_id, fix_time, content_hash);
-- "Anything near here around then": partitions prune the time range, GiST finds the place inside each day.
CREATE INDEX position_geom_idx ON position USING gist (geom);

-- Creates the partition holding one day (00:00 to 24:00 Asia/Shanghai) unless it exists; safe to race.
CREATE FUNCTION track_ensure_partition(day date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    part text := 'position_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF to_regclass(part) IS NOT NULL THEN
        RETURN false;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext(part));
    IF to_regclass(part) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF position FOR VALUES FROM (%L) TO (%L)', part,
                   day::timestamp AT TIME ZONE 'Asia/Shanghai', (day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai');
    RETURN true;
END $$;

-- Drops every day partition older than the given day; returns how many went.
CREATE FUNCTION track_drop_partitions_before(day date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    part record;
    dropped integer := 0;
BEGIN
    FOR part IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'position'::regclass AND c.relname ~ '^position_[0-9]{8}$'
                  AND to_date(substr(c.relname, 10), 'YYYYMMDD') < day LOOP
        EXECUTE format('DROP TABLE %I', part.relname);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END $$;

-- Points refused at ingest, with the raw bytes, for inspection. One row per (stream entry, item), so a redelivered
-- entry is not counted twice.
CREATE TABLE rejected_position (
    id           bigserial PRIMARY KEY,
    stream_id    varchar(40)  NOT NULL,
    item_index   integer      NOT NULL,
    phone        varchar(20),
    msg_id       varchar(4),
    reason       varchar(24)  NOT NULL,
    detail       text,
    fix_time     timestamptz,
    latitude     double precision,
    longitude    double precision,
    received_at  timestamptz  NOT NULL,
    raw          bytea        NOT NULL,
    UNIQUE (stream_id, item_index)
);
CREATE INDEX rejected_position_received_idx ON rejected_position (received_at);
CREATE INDEX rejected_position_reason_idx ON rejected_position (reason, received_at);

-- Vehicles whose track changed since movements were computed, and from which fix time.
CREATE TABLE track_dirty (
    vehicle_id  bigint      PRIMARY KEY,
    since       timestamptz NOT NULL
);

-- A vehicle's track cut into alternating stops and movements; computed incrementally from the points, never per
-- report, so a movement that crosses midnight is one row whatever period is asked for.
CREATE TABLE movement (
    id             bigserial PRIMARY KEY,
    vehicle_id     bigint           NOT NULL,
    kind           varchar(4)       NOT NULL CHECK (kind IN ('MOVE', 'STOP')),
    start_time     timestamptz      NOT NULL,
    end_time       timestamptz      NOT NULL,
    start_geom     geometry(Point, 4326) NOT NULL,
    end_geom       geometry(Point, 4326) NOT NULL,
    distance_m     double precision NOT NULL,   -- along the track, jumps left out
    odometer_m     double precision,            -- from the odometer item when both ends have it
    max_speed_kmh  real             NOT NULL,
    points         integer          NOT NULL,
    ongoing        boolean          NOT NULL,   -- the vehicle's latest segment: it may still grow
    trip_order_id  bigint,                      -- filled by dispatch when a trip order claims the movement
    CHECK (end_time >= start_time)
);
CREATE INDEX movement_vehicle_end_idx ON movement (vehicle_id, end_time);
