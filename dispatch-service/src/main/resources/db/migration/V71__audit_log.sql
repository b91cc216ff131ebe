-- The unified audit log (#11): who (account, username, roles), what (action on a resource, the resource's
-- organisation path for scoping), when, from where (client address), before/after, outcome. Written in the same
-- transaction as the change it records. Append-only: rows can be added, never changed or removed.
CREATE TABLE audit_log (
    id             bigserial    PRIMARY KEY,
    at             timestamptz  NOT NULL DEFAULT clock_timestamp(),
    account_id     bigint,
    username       varchar(64)  NOT NULL,
    roles          varchar(32)[] NOT NULL DEFAULT '{}',
    client_address varchar(64),
    action         varchar(64)  NOT NULL,
    resource_type  varchar(40)  NOT NULL,
    resource_id    varchar(80),
    org_path       varchar(255) NOT NULL DEFAULT '/',
    before         jsonb,
    after          jsonb,
    outcome        varchar(32)  NOT NULL DEFAULT 'OK'
);
CREATE INDEX audit_log_scope_at ON audit_log (org_path varchar_pattern_ops, at DESC);
CREATE INDEX audit_log_resource ON audit_log (resource_type, resource_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (username, at DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
