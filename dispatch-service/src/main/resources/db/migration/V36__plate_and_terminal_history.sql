-- A vehicle's former plates and its terminals over time (一车一档), kept by triggers so that every path that changes
-- a plate or a binding (the registry, the terminal API, the demo loader, a hand-run fix) leaves its trace.

-- A plate a vehicle carried before: valid from valid_from (null: since the car was first registered) until valid_to.
-- The current plate stays on vehicle; it is valid since the newest valid_to here (or always, when there is none).
-- A plate may later go to another car: complaint tracing matches a plate against the car that had it at the time.
CREATE TABLE vehicle_plate_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vehicle_id  bigint       NOT NULL REFERENCES vehicle (id),
    plate       varchar(16)  NOT NULL,
    plate_key   varchar(16)  NOT NULL,
    valid_from  timestamptz,
    valid_to    timestamptz  NOT NULL,
    CHECK (valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX vehicle_plate_history_vehicle_idx ON vehicle_plate_history (vehicle_id, valid_to);
CREATE INDEX vehicle_plate_history_key_idx ON vehicle_plate_history (plate_key text_pattern_ops);

CREATE FUNCTION vehicle_plate_history_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO vehicle_plate_history (vehicle_id, plate, plate_key, valid_from, valid_to)
    VALUES (OLD.id, OLD.plate, OLD.plate_key,
            (SELECT max(valid_to) FROM vehicle_plate_history WHERE vehicle_id = OLD.id), now());
    RETURN NULL;
END $$;
CREATE TRIGGER vehicle_plate_changed AFTER UPDATE OF plate_key ON vehicle
    FOR EACH ROW WHEN (OLD.plate_key IS DISTINCT FROM NEW.plate_key) EXECUTE FUNCTION vehicle_plate_history_keep();

-- Which terminal was on which vehicle when: open (unbound_at null) while bound.
CREATE TABLE terminal_binding (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id  bigint       NOT NULL REFERENCES terminal (id),
    phone        varchar(20)  NOT NULL,
    vehicle_id   bigint       NOT NULL REFERENCES vehicle (id),
    bound_at     timestamptz  NOT NULL,
    unbound_at   timestamptz,
    CHECK (unbound_at IS NULL OR unbound_at >= bound_at)
);
CREATE INDEX terminal_binding_vehicle_idx ON terminal_binding (vehicle_id, bound_at);
CREATE UNIQUE INDEX terminal_binding_one_open ON terminal_binding (terminal_id) WHERE unbound_at IS NULL;
INSERT INTO terminal_binding (terminal_id, phone, vehicle_id, bound_at)
    SELECT id, phone, vehicle_id, created_at FROM terminal WHERE vehicle_id IS NOT NULL;

CREATE FUNCTION terminal_binding_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.vehicle_id IS NOT DISTINCT FROM NEW.vehicle_id THEN
        RETURN NULL;
    END IF;
    UPDATE terminal_binding SET unbound_at = now() WHERE terminal_id = NEW.id AND unbound_at IS NULL;
    IF NEW.vehicle_id IS NOT NULL THEN
        INSERT INTO terminal_binding (terminal_id, phone, vehicle_id, bound_at) VALUES (NEW.id, NEW.phone, NEW.vehicle_id, now());
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER terminal_binding_changed AFTER INSERT OR UPDATE OF vehicle_id ON terminal
    FOR EACH ROW EXECUTE FUNCTION terminal_binding_keep();
