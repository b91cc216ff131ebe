-- PostGIS for tracks, parking lots and geofences. bin/fleet installs the package; the extension is created here
-- so that a fresh database (each test run has its own) is complete after migration.
CREATE EXTENSION IF NOT EXISTS postgis;

-- The organisation tree: city bureau -> district bureaus -> units. Every other record belongs to one
-- organisation; "path" (ids from the root, '/1/4/9/') makes "this organisation's subtree" one index range scan.
-- Ids come from a sequence the application draws from before inserting, so the path is complete on insert.
CREATE SEQUENCE organisation_id_seq;
CREATE TABLE organisation (
    id          bigint PRIMARY KEY DEFAULT nextval('organisation_id_seq'),
    parent_id   bigint REFERENCES organisation (id),
    code        varchar(32)  NOT NULL UNIQUE,
    name        varchar(128) NOT NULL,
    kind        varchar(24)  NOT NULL CHECK (kind IN ('CITY_BUREAU', 'DISTRICT_BUREAU', 'UNIT')),
    path        text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0,
    CHECK ((parent_id IS NULL) = (kind = 'CITY_BUREAU'))
);
CREATE INDEX organisation_path_idx ON organisation (path text_pattern_ops);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
ALTER SEQUENCE organisation_id_seq OWNED BY organisation.id;
