-- Two sessions creating the same day partition at once: the advisory lock of V10 does not make the waiting session
-- see the other's new table (its catalog cache is not refreshed by an advisory lock), so it failed with
-- "relation already exists". Creating and treating duplicate_table as "someone else made it" is race-free.
CREATE OR REPLACE FUNCTION track_ensure_partition(day date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    part text := 'position_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF to_regclass(part) IS NOT NULL THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF position FOR VALUES FROM (%L) TO (%L)', part,
                       day::timestamp AT TIME ZONE 'Asia/Shanghai', (day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai');
    EXCEPTION WHEN duplicate_table THEN
        RETURN false;
    END;
    RETURN true;
END $$;
