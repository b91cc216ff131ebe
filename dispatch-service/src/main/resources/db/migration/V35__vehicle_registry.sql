-- The vehicle registry (一网通): quotas (编制) per unit and pool, and the online requests that change the fleet —
-- purchase, renewal (更新), disposal (处置), plate change — each approved or rejected by the approving organisation.
-- V35-V39 belong to the registry (docs/registry.md).

-- A renewal is judged by the car's age: the date of its first registration (初次登记), not the day it entered the
-- platform. Vehicles already here are taken to be registered on the day they were entered, and so are rows inserted
-- without it (the benchmark loaders).
ALTER TABLE vehicle ADD COLUMN registered_on date;
UPDATE vehicle SET registered_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE vehicle ALTER COLUMN registered_on SET NOT NULL,
                    ALTER COLUMN registered_on SET DEFAULT ((now() AT TIME ZONE 'Asia/Shanghai')::date);

-- How many cars of a pool a unit may hold. What it holds is counted from the vehicle table, never stored here.
CREATE TABLE vehicle_quota (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id         bigint       NOT NULL REFERENCES organisation (id),
    org_path       text         NOT NULL,
    pool           varchar(16)  NOT NULL CHECK (pool IN ('EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE', 'GENERAL')),
    quota          integer      NOT NULL CHECK (quota >= 0),
    set_by         varchar(64)  NOT NULL,
    set_by_org_id  bigint       NOT NULL REFERENCES organisation (id),
    set_at         timestamptz  NOT NULL DEFAULT now(),
    version        integer      NOT NULL DEFAULT 0,
    UNIQUE (org_id, pool)
);
CREATE INDEX vehicle_quota_org_path_idx ON vehicle_quota (org_path text_pattern_ops);

CREATE SEQUENCE registry_request_id_seq;
CREATE TABLE registry_request (
    id                 bigint PRIMARY KEY DEFAULT nextval('registry_request_id_seq'),
    kind               varchar(16)   NOT NULL CHECK (kind IN ('PURCHASE', 'RENEWAL', 'DISPOSAL', 'PLATE_CHANGE')),
    org_id             bigint        NOT NULL REFERENCES organisation (id),  -- the unit whose fleet changes
    org_path           text          NOT NULL,
    approver_org_id    bigint        NOT NULL REFERENCES organisation (id),  -- who decides: the unit's parent
    state              varchar(16)   NOT NULL CHECK (state IN ('REQUESTED', 'APPROVED', 'REJECTED', 'COMPLETED')),
    vehicle_id         bigint        REFERENCES vehicle (id),  -- the car concerned (renewal: the one replaced)
    pool               varchar(16)   CHECK (pool IN ('EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE', 'GENERAL')),
    vehicle_kind       varchar(16)   CHECK (vehicle_kind IN ('SEDAN', 'SUV', 'MPV', 'MINIBUS', 'ENFORCEMENT', 'SPECIAL')),
    seats              smallint      CHECK (seats BETWEEN 1 AND 60),
    energy             varchar(16)   CHECK (energy IN ('FUEL', 'NEW_ENERGY')),
    disposal_method    varchar(16)   CHECK (disposal_method IN ('AUCTION', 'SCRAP', 'TRANSFER')),
    new_plate          varchar(16),
    new_plate_key      varchar(16),
    reason             varchar(1000) NOT NULL,
    requester          varchar(64)   NOT NULL,
    requested_at       timestamptz   NOT NULL DEFAULT now(),
    decided_by         varchar(64),
    decided_by_org_id  bigint        REFERENCES organisation (id),
    decided_at         timestamptz,
    decision_reason    varchar(1000),
    new_vehicle_id     bigint        REFERENCES vehicle (id),  -- purchase, renewal: the car registered under it
    completed_at       timestamptz,
    criteria           jsonb,                                  -- renewal: the car's age and kilometres as judged
    version            integer       NOT NULL DEFAULT 0,
    CHECK ((kind IN ('PURCHASE', 'RENEWAL')) = (pool IS NOT NULL AND vehicle_kind IS NOT NULL AND seats IS NOT NULL
                                                AND energy IS NOT NULL)),
    CHECK ((kind = 'PURCHASE') = (vehicle_id IS NULL)),
    CHECK ((kind = 'DISPOSAL') = (disposal_method IS NOT NULL)),
    CHECK ((kind = 'PLATE_CHANGE') = (new_plate_key IS NOT NULL)),
    CHECK ((state = 'REQUESTED') = (decided_at IS NULL)),
    CHECK ((state = 'COMPLETED') = (new_vehicle_id IS NOT NULL))
);
ALTER SEQUENCE registry_request_id_seq OWNED BY registry_request.id;
CREATE INDEX registry_request_org_path_idx ON registry_request (org_path text_pattern_ops);
CREATE INDEX registry_request_vehicle_idx ON registry_request (vehicle_id) WHERE vehicle_id IS NOT NULL;
CREATE INDEX registry_request_new_vehicle_idx ON registry_request (new_vehicle_id) WHERE new_vehicle_id IS NOT NULL;
-- One open request per car: two disposals, or a plate change racing a disposal, cannot both be decided.
CREATE UNIQUE INDEX registry_request_one_open_per_vehicle ON registry_request (vehicle_id)
    WHERE vehicle_id IS NOT NULL AND (state = 'REQUESTED' OR (state = 'APPROVED' AND kind = 'RENEWAL'));

-- Every registry step — a request, its decision, the registration under it, a quota set — with who, from which
-- organisation, and what. Append-only, enforced below.
CREATE TABLE registry_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id    bigint       REFERENCES registry_request (id),
    org_id        bigint       NOT NULL REFERENCES organisation (id),
    at            timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor         varchar(64)  NOT NULL,
    actor_org_id  bigint       REFERENCES organisation (id),
    action        varchar(16)  NOT NULL,
    from_state    varchar(16),
    to_state      varchar(16),
    details       jsonb
);
CREATE INDEX registry_event_request_idx ON registry_event (request_id, id);
CREATE INDEX registry_event_org_idx ON registry_event (org_id, id);

CREATE FUNCTION registry_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'registry_event is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER registry_event_no_change BEFORE UPDATE OR DELETE ON registry_event
    FOR EACH ROW EXECUTE FUNCTION registry_event_append_only();
