-- Supervision (private-use detection and alarm review). V30-V39 belong to supervision; see docs/supervision.md.

-- Every decision of supervision, never updated or deleted: calendar and setting edits, geofence imports, alarm
-- detection, updates, withdrawals and every review step. subject is the table, subject_id the row.
CREATE TABLE supervision_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject     varchar(24)  NOT NULL,
    subject_id  varchar(64)  NOT NULL,
    at          timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor       varchar(64)  NOT NULL,
    action      varchar(32)  NOT NULL,
    details     jsonb
);
CREATE INDEX supervision_audit_subject_idx ON supervision_audit (subject, subject_id, id);

-- The holiday calendar as data: days that differ from the Monday-Friday week. HOLIDAY = a weekday off (or a
-- weekend day inside a holiday), WORKDAY = a Saturday or Sunday worked (调休 make-up working day).
CREATE TABLE holiday_calendar (
    day          date         PRIMARY KEY,
    kind         varchar(8)   NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name         varchar(64)  NOT NULL,
    provisional  boolean      NOT NULL DEFAULT false,  -- not (yet) from an official notice
    source       varchar(300),
    updated_by   varchar(64)  NOT NULL,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

-- Settings per organisation, inherited down the tree (the nearest organisation with a row wins). key is a rule
-- (NO_TRIP, OFF_HOURS, ...) or WORKING_HOURS; params are merged over the defaults in code.
CREATE TABLE supervision_setting (
    org_id      bigint       NOT NULL REFERENCES organisation (id),
    key         varchar(24)  NOT NULL,
    enabled     boolean      NOT NULL DEFAULT true,
    params      jsonb        NOT NULL DEFAULT '{}',
    updated_by  varchar(64)  NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, key)
);

-- Areas: REGION (where the organisation's cars may go, e.g. the city boundary), FORBIDDEN (scenic spots, venues,
-- golf, restaurants and hotels in given hours, residences overnight), PATROL (standing-duty areas). Imported from
-- GeoJSON; a fence applies to its organisation's subtree.
CREATE SEQUENCE geofence_id_seq;
CREATE TABLE geofence (
    id           bigint PRIMARY KEY DEFAULT nextval('geofence_id_seq'),
    org_id       bigint       NOT NULL REFERENCES organisation (id),
    org_path     text         NOT NULL,
    kind         varchar(12)  NOT NULL CHECK (kind IN ('REGION', 'FORBIDDEN', 'PATROL')),
    name         varchar(128) NOT NULL,
    category     varchar(32),
    active_from  time,        -- local time of day the fence starts to apply (null: all day)
    active_to    time,        -- may be before active_from: the window crosses midnight
    geom         geometry(MultiPolygon, 4326) NOT NULL,
    properties   jsonb,
    active       boolean      NOT NULL DEFAULT true,
    created_by   varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0,
    CHECK ((active_from IS NULL) = (active_to IS NULL))
);
ALTER SEQUENCE geofence_id_seq OWNED BY geofence.id;
CREATE INDEX geofence_org_path_idx ON geofence (org_path text_pattern_ops);
CREATE INDEX geofence_geom_idx ON geofence USING gist (geom);

-- Standing duty (执法执勤 patrol shifts): the vehicle may move without a trip inside its area in these hours.
CREATE TABLE standing_duty (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vehicle_id  bigint       NOT NULL REFERENCES vehicle (id),
    area_id     bigint       NOT NULL REFERENCES geofence (id),
    weekdays    varchar(7)   NOT NULL CHECK (weekdays ~ '^[1-7]{1,7}$'),  -- ISO days, '12345' = Monday-Friday
    start_time  time         NOT NULL,
    end_time    time         NOT NULL,  -- before start_time: a night shift into the next day
    valid_from  date         NOT NULL,
    valid_to    date,
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX standing_duty_vehicle_idx ON standing_duty (vehicle_id);

-- Holiday sealing (封存) periods: every vehicle of the organisation's subtree, or one vehicle, stays at its home lot.
CREATE TABLE sealing_period (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      bigint       NOT NULL REFERENCES organisation (id),
    org_path    text         NOT NULL,
    vehicle_id  bigint       REFERENCES vehicle (id),
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    reason      varchar(200) NOT NULL,
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX sealing_period_org_path_idx ON sealing_period (org_path text_pattern_ops);

-- One alarm per incident: vehicle + rule + period; extended while the incident lasts, withdrawn when re-evaluation
-- (late backfill, a trip approved afterwards) no longer finds it.
CREATE SEQUENCE alarm_id_seq;
CREATE TABLE alarm (
    id               bigint PRIMARY KEY DEFAULT nextval('alarm_id_seq'),
    vehicle_id       bigint       NOT NULL REFERENCES vehicle (id),
    org_id           bigint       NOT NULL REFERENCES organisation (id),
    org_path         text         NOT NULL,
    rule             varchar(24)  NOT NULL,
    state            varchar(24)  NOT NULL CHECK (state IN ('OPEN', 'EXPLANATION_REQUESTED', 'EXPLAINED', 'CONFIRMED',
                                                            'DISMISSED', 'CLOSED', 'WITHDRAWN')),
    detected         boolean      NOT NULL DEFAULT true,  -- false: the latest evaluation no longer finds it
    started_at       timestamptz  NOT NULL,
    ended_at         timestamptz  NOT NULL,
    summary          varchar(300) NOT NULL,
    evidence         jsonb        NOT NULL,
    trip_request_id  bigint,
    explanation      varchar(1000),
    resolution       varchar(500),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    version          integer      NOT NULL DEFAULT 0,
    CHECK (ended_at >= started_at)
);
ALTER SEQUENCE alarm_id_seq OWNED BY alarm.id;
CREATE INDEX alarm_org_path_idx ON alarm (org_path text_pattern_ops, state);
CREATE INDEX alarm_vehicle_idx ON alarm (vehicle_id, rule, ended_at);

-- Notifications to the unit's supervisor. No mail or SMS gateway exists: each one is recorded here and published on
-- the Redis channel {P}supervision-notifications for whatever delivers it.
CREATE TABLE alarm_notification (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alarm_id    bigint       NOT NULL REFERENCES alarm (id),
    org_id      bigint       NOT NULL REFERENCES organisation (id),
    recipient   varchar(128) NOT NULL,
    reason      varchar(32)  NOT NULL,
    payload     jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    published   boolean      NOT NULL DEFAULT false
);
CREATE INDEX alarm_notification_alarm_idx ON alarm_notification (alarm_id);

-- What the detector has looked at: the highest movement id and trip event id seen. Movements are replaced by new
-- rows (new ids) whenever a track is recomputed, so new ids are exactly the changed parts of tracks.
CREATE TABLE supervision_cursor (
    name      varchar(16) PRIMARY KEY,
    position  bigint      NOT NULL
);
INSERT INTO supervision_cursor VALUES ('movement', 0), ('trip_event', 0);

-- Vehicles to evaluate again, from when.
CREATE TABLE supervision_dirty (
    vehicle_id  bigint      PRIMARY KEY,
    since       timestamptz NOT NULL
);
