-- Drivers, trip requests and their audit trail (the dispatch work). V20-V29 belong to dispatch.

CREATE SEQUENCE driver_id_seq;
CREATE TABLE driver (
    id                   bigint PRIMARY KEY DEFAULT nextval('driver_id_seq'),
    org_id               bigint      NOT NULL REFERENCES organisation (id),
    org_path             text        NOT NULL,
    name                 varchar(64) NOT NULL,
    phone                varchar(20) NOT NULL UNIQUE,
    licence_class        varchar(2)  NOT NULL CHECK (licence_class IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    daily_limit_minutes  integer     NOT NULL DEFAULT 480 CHECK (daily_limit_minutes BETWEEN 60 AND 960),
    status               varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'INACTIVE')),
    created_at           timestamptz NOT NULL DEFAULT now(),
    version              integer     NOT NULL DEFAULT 0
);
ALTER SEQUENCE driver_id_seq OWNED BY driver.id;
CREATE INDEX driver_org_path_idx ON driver (org_path text_pattern_ops);

CREATE SEQUENCE trip_request_id_seq;
CREATE TABLE trip_request (
    id                          bigint PRIMARY KEY DEFAULT nextval('trip_request_id_seq'),
    org_id                      bigint       NOT NULL REFERENCES organisation (id),
    org_path                    text         NOT NULL,
    requester                   varchar(64)  NOT NULL,
    category                    varchar(16)  NOT NULL
                                    CHECK (category IN ('EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE', 'GENERAL')),
    passengers                  smallint     NOT NULL CHECK (passengers BETWEEN 1 AND 59),
    pickup_place                varchar(128) NOT NULL,
    pickup_point                geometry(Point, 4326) NOT NULL,
    window_start                timestamptz  NOT NULL,
    window_end                  timestamptz  NOT NULL,
    destinations                jsonb        NOT NULL,
    wait_and_return             boolean      NOT NULL DEFAULT false,
    notes                       varchar(500),
    state                       varchar(16)  NOT NULL,
    approver                    varchar(64),
    approved_at                 timestamptz,
    dispatched_before_approval  boolean      NOT NULL DEFAULT false,
    vehicle_id                  bigint REFERENCES vehicle (id),
    driver_id                   bigint REFERENCES driver (id),
    rating                      smallint CHECK (rating BETWEEN 1 AND 5),
    created_at                  timestamptz  NOT NULL DEFAULT now(),
    version                     integer      NOT NULL DEFAULT 0,
    CHECK (window_end > window_start)
);
ALTER SEQUENCE trip_request_id_seq OWNED BY trip_request.id;
CREATE INDEX trip_request_org_path_idx ON trip_request (org_path text_pattern_ops);
CREATE INDEX trip_request_state_idx ON trip_request (state, window_start);
CREATE INDEX trip_request_vehicle_idx ON trip_request (vehicle_id, window_start) WHERE vehicle_id IS NOT NULL;
CREATE INDEX trip_request_driver_idx ON trip_request (driver_id, window_start) WHERE driver_id IS NOT NULL;

-- Every step of a request, never updated or deleted: who did what, when, from which state to which, and why.
CREATE TABLE trip_request_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  bigint       NOT NULL REFERENCES trip_request (id),
    at          timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor       varchar(64)  NOT NULL,
    action      varchar(24)  NOT NULL,
    from_state  varchar(16),
    to_state    varchar(16)  NOT NULL,
    details     jsonb
);
CREATE INDEX trip_request_event_request_idx ON trip_request_event (request_id, id);
