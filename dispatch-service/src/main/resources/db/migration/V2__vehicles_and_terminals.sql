-- Vehicles and their JT/T 808 terminals. Every vehicle belongs to one organisation; org_path is copied from it so
-- that "vehicles in this subtree" needs no join (kept in step by the application when a vehicle changes owner).
CREATE SEQUENCE vehicle_id_seq;
CREATE TABLE vehicle (
    id                bigint PRIMARY KEY DEFAULT nextval('vehicle_id_seq'),
    org_id            bigint       NOT NULL REFERENCES organisation (id),
    org_path          text         NOT NULL,
    plate             varchar(16)  NOT NULL,
    plate_key         varchar(16)  NOT NULL UNIQUE,  -- the plate without separators, upper case: what is compared
    plate_color       smallint     NOT NULL DEFAULT 1 CHECK (plate_color BETWEEN 0 AND 9),
    marked            boolean      NOT NULL DEFAULT true,
    kind              varchar(16)  NOT NULL CHECK (kind IN ('SEDAN', 'SUV', 'MPV', 'MINIBUS', 'ENFORCEMENT', 'SPECIAL')),
    seats             smallint     NOT NULL CHECK (seats BETWEEN 1 AND 60),
    energy            varchar(16)  NOT NULL CHECK (energy IN ('FUEL', 'NEW_ENERGY')),
    battery_range_km  integer      CHECK (battery_range_km > 0),
    pool              varchar(16)  NOT NULL CHECK (pool IN ('EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE', 'GENERAL')),
    home_lot          geometry(Polygon, 4326),
    status            varchar(16)  NOT NULL DEFAULT 'AVAILABLE'
                          CHECK (status IN ('AVAILABLE', 'MAINTENANCE', 'SEALED', 'DISPOSED')),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    version           integer      NOT NULL DEFAULT 0,
    CHECK ((energy = 'NEW_ENERGY') = (battery_range_km IS NOT NULL))
);
ALTER SEQUENCE vehicle_id_seq OWNED BY vehicle.id;
CREATE INDEX vehicle_org_path_idx ON vehicle (org_path text_pattern_ops);
CREATE INDEX vehicle_home_lot_idx ON vehicle USING gist (home_lot);

-- A terminal is known by its SIM phone number (leading zeros stripped, as the gateway normalises it). Only
-- registered, enabled terminals may register with the gateway; it reads them from the Redis mirror.
CREATE SEQUENCE terminal_id_seq;
CREATE TABLE terminal (
    id           bigint PRIMARY KEY DEFAULT nextval('terminal_id_seq'),
    phone        varchar(20)  NOT NULL UNIQUE CHECK (phone ~ '^[1-9][0-9]{0,19}$'),
    device_id    varchar(30),
    maker        varchar(16),
    model        varchar(30),
    vehicle_id   bigint UNIQUE REFERENCES vehicle (id),
    enabled      boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);
