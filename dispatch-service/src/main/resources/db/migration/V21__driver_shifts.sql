-- Drivers' shifts and leave (dispatch, issue #6). The planner reads driver_shift with plain SQL, so its columns are a
-- contract: see io.fleet.dispatch.driver.shift.DutyDay for what the rows mean for a day.
--   SHIFT: when the driver works. A day (China Standard Time) on which no SHIFT starts is worked 08:00-18:00.
--   LEAVE: time off (sick leave, annual leave 年休假, training); it wins over shifts and the default hours.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE driver_shift (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    driver_id   bigint      NOT NULL REFERENCES driver (id),
    kind        varchar(8)  NOT NULL CHECK (kind IN ('SHIFT', 'LEAVE')),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    note        varchar(200),
    created_by  varchar(64) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    -- Two rows of the same kind for one driver never overlap (a SHIFT may overlap a LEAVE: the leave wins). The
    -- service refuses an overlap with a 409 naming the other row; this catches what slips past it.
    CONSTRAINT driver_shift_no_overlap
        EXCLUDE USING gist (driver_id WITH =, kind WITH =, tstzrange(starts_at, ends_at) WITH &&)
);
CREATE INDEX driver_shift_driver_idx ON driver_shift (driver_id, starts_at);

-- Who added or removed which row, and when: rows are deleted, their trail is not.
CREATE TABLE driver_shift_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shift_id    bigint      NOT NULL,
    driver_id   bigint      NOT NULL REFERENCES driver (id),
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       varchar(64) NOT NULL,
    action      varchar(8)  NOT NULL CHECK (action IN ('ADD', 'REMOVE')),
    kind        varchar(8)  NOT NULL,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    note        varchar(200)
);
CREATE INDEX driver_shift_event_driver_idx ON driver_shift_event (driver_id, id);
