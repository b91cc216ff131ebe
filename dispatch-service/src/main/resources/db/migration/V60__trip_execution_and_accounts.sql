-- What the driver's phone adds to a trip, and sign-in accounts (the mobile work). V60-V69 belong to mobile.

-- The trip's progress between START and COMPLETE (departed is START), and the readings at start and end.
ALTER TABLE trip_request
    ADD COLUMN phase                 varchar(16) CHECK (phase IN ('DEPARTED', 'AT_PICKUP', 'ABOARD', 'ARRIVED')),
    ADD COLUMN start_odometer_km     numeric(9, 1) CHECK (start_odometer_km >= 0),
    ADD COLUMN start_energy_percent  smallint CHECK (start_energy_percent BETWEEN 0 AND 100),
    ADD COLUMN end_odometer_km       numeric(9, 1) CHECK (end_odometer_km >= 0),
    ADD COLUMN end_energy_percent    smallint CHECK (end_energy_percent BETWEEN 0 AND 100);

-- Photos of the odometer and gauge the driver took at start and end (optional, small JPEG/PNG).
CREATE TABLE trip_photo (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id    bigint      NOT NULL REFERENCES trip_request (id),
    moment        varchar(8)  NOT NULL CHECK (moment IN ('START', 'END')),
    content_type  varchar(32) NOT NULL,
    content       bytea       NOT NULL,
    taken_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trip_photo_request_idx ON trip_photo (request_id);

-- Tolls, parking and the like paid on a trip.
CREATE TABLE trip_expense (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id    bigint       NOT NULL REFERENCES trip_request (id),
    kind          varchar(16)  NOT NULL CHECK (kind IN ('TOLL', 'PARKING', 'CHARGING', 'FUEL', 'OTHER')),
    amount_cents  integer      NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 10000000),
    note          varchar(200),
    actor         varchar(64)  NOT NULL,
    spent_at      timestamptz  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX trip_expense_request_idx ON trip_expense (request_id, id);

-- People who sign in. A driver account is tied to its driver; requesters and approvers to their organisation.
-- The security work (#11) adds roles for the console to the same table.
CREATE SEQUENCE account_id_seq;
CREATE TABLE account (
    id                 bigint PRIMARY KEY DEFAULT nextval('account_id_seq'),
    username           varchar(64)  NOT NULL UNIQUE,
    display_name       varchar(64)  NOT NULL,
    role               varchar(16)  NOT NULL CHECK (role IN ('DRIVER', 'REQUESTER', 'APPROVER')),
    org_id             bigint       NOT NULL REFERENCES organisation (id),
    org_path           text         NOT NULL,
    driver_id          bigint UNIQUE REFERENCES driver (id),
    password_hash      varchar(200) NOT NULL,
    failed_sign_ins    integer      NOT NULL DEFAULT 0,
    locked_until       timestamptz,
    device_id          varchar(128),
    enabled            boolean      NOT NULL DEFAULT true,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    version            integer      NOT NULL DEFAULT 0,
    CHECK ((role = 'DRIVER') = (driver_id IS NOT NULL))
);
ALTER SEQUENCE account_id_seq OWNED BY account.id;
CREATE INDEX account_org_path_idx ON account (org_path text_pattern_ops);
