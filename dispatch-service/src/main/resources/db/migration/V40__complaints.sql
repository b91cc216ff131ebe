-- Citizens' complaints about official cars, their tracing and handling (docs/complaints.md). V40-V49 belong to
-- complaints. The trip, track and vehicle tables are read, never written, from here.

CREATE SEQUENCE complaint_id_seq;
CREATE TABLE complaint (
    id               bigint PRIMARY KEY DEFAULT nextval('complaint_id_seq'),
    channel          varchar(8)    NOT NULL CHECK (channel IN ('HOTLINE', 'QR', 'WEB', 'CONSOLE')),
    plate_text       varchar(20)   NOT NULL,   -- as the citizen gave it: "浙A·D98??", "D987"
    plate_pattern    varchar(20)   NOT NULL,   -- the same without separators, upper case, ? and * kept (PlatePattern)
    seen_from        timestamptz   NOT NULL,
    seen_to          timestamptz   NOT NULL,
    place            geometry(Point, 4326) NOT NULL,
    place_text       varchar(200),
    description      varchar(2000) NOT NULL,
    contact_name     varchar(64),
    contact          varchar(64),              -- phone or e-mail for the reply; null when the citizen left none
    state            varchar(16)   NOT NULL
                         CHECK (state IN ('RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED', 'REPLIED', 'CLOSED')),
    assignee         varchar(64),
    due_at           timestamptz   NOT NULL,   -- the reply is due by then (working days from receipt)
    vehicle_id       bigint REFERENCES vehicle (id),        -- the car the investigation found, if any
    trip_request_id  bigint REFERENCES trip_request (id),   -- the trip it was on, if any
    org_id           bigint REFERENCES organisation (id),   -- the unit whose car it was: statistics and ?org=
    org_path         text,
    outcome          varchar(16)   CHECK (outcome IN ('SUBSTANTIATED', 'UNSUBSTANTIATED')),
    findings         varchar(4000),
    reply            varchar(4000),
    satisfaction     varchar(20)   CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'NO_ANSWER')),
    alarm_id         bigint,                   -- supervision's alarm (#7); no foreign key until that table exists
    received_at      timestamptz   NOT NULL DEFAULT now(),
    closed_at        timestamptz,
    version          integer       NOT NULL DEFAULT 0,
    CHECK (seen_to >= seen_from),
    CHECK ((org_id IS NULL) = (org_path IS NULL)),
    CHECK ((outcome IS NULL) = (state IN ('RECEIVED', 'ASSIGNED', 'INVESTIGATING')))
);
ALTER SEQUENCE complaint_id_seq OWNED BY complaint.id;
CREATE INDEX complaint_state_due_idx ON complaint (state, due_at);
CREATE INDEX complaint_org_path_idx ON complaint (org_path text_pattern_ops);
CREATE INDEX complaint_received_idx ON complaint (received_at);

-- The citizen's photo, at most one per complaint, kept in the database so it is backed up and deleted with the case.
CREATE TABLE complaint_photo (
    complaint_id  bigint PRIMARY KEY REFERENCES complaint (id),
    content_type  varchar(16) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes    integer     NOT NULL CHECK (size_bytes > 0),
    bytes         bytea       NOT NULL
);

-- Every step of a case: who did what, when, from which state to which, and why. Append-only, enforced below.
CREATE TABLE complaint_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    complaint_id  bigint       NOT NULL REFERENCES complaint (id),
    at            timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor         varchar(64)  NOT NULL,
    action        varchar(24)  NOT NULL,
    from_state    varchar(16),
    to_state      varchar(16)  NOT NULL,
    details       jsonb
);
CREATE INDEX complaint_event_complaint_idx ON complaint_event (complaint_id, id);

CREATE FUNCTION complaint_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'complaint_event is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER complaint_event_no_change BEFORE UPDATE OR DELETE ON complaint_event
    FOR EACH ROW EXECUTE FUNCTION complaint_event_append_only();

-- Reminders the deadline job sent: one per case, kind and deadline, so a restart or a second instance never sends
-- the same one twice.
CREATE TABLE complaint_reminder (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    complaint_id  bigint      NOT NULL REFERENCES complaint (id),
    kind          varchar(8)  NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    due_at        timestamptz NOT NULL,
    assignee      varchar(64),
    at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (complaint_id, kind, due_at)
);
