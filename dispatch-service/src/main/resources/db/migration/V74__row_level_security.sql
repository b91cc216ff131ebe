-- Row-level security: the database's own wall behind the service's organisation scope (docs/security.md).
--
-- A connection that serves a request of a caller below the city bureau runs as the role fleet_scoped with the
-- setting fleet.org_path = the caller's organisation path ('/1/4/'); io.fleet.dispatch.security.ScopedConnections
-- sets both when the pool hands the connection out and resets them when it comes back. The policies below then let
-- that connection see only its subtree's rows even where a query of the service forgot to filter. Connections
-- without a caller (ingest, scheduled rounds, start-up, the public complaint form) and callers at the root keep the
-- service's own role and no setting: the policies let them see everything.
--
-- fleet_scoped is a role of the cluster (shared by every database of it, test databases too): made once, never
-- with login, and never a superuser, so row security applies to it. The service's own role may be a superuser
-- (the local default), which skips row security; FORCE ROW LEVEL SECURITY covers a service role that merely owns
-- the tables.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fleet_scoped') THEN
        CREATE ROLE fleet_scoped NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- another database of the cluster made it at the same moment
END $$;

-- A service role that is not a superuser must be a member to switch to it.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
            AND NOT pg_has_role(current_user, 'fleet_scoped', 'MEMBER') THEN
        EXECUTE format('GRANT fleet_scoped TO %I', current_user);
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO fleet_scoped;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fleet_scoped;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO fleet_scoped;
-- tables and sequences made later (other areas' migrations, day partitions) are usable too
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO fleet_scoped;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO fleet_scoped;

-- The caller's organisation path, or NULL: no caller, every row.
CREATE OR REPLACE FUNCTION fleet_scope_path() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('fleet.org_path', true), '') $$;

-- The caller is at the top of the tree (the city bureau: a path of one organisation).
CREATE OR REPLACE FUNCTION fleet_at_top() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT fleet_scope_path() IS NULL OR fleet_scope_path() ~ '^/[0-9]+/$' $$;

-- A row of organisation path p lies in the caller's subtree; a row of no organisation is the city bureau's.
CREATE OR REPLACE FUNCTION fleet_in_scope(p text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT fleet_scope_path() IS NULL OR p LIKE fleet_scope_path() || '%' OR p IS NULL AND fleet_at_top() $$;

-- A row of organisation path p lies in the caller's subtree or above it: cars and drivers of the organisations
-- above serve the caller's trips (the planner proposes them, AssignmentRules allows them), so they are read — and
-- locked for an assignment — but never written (the WITH CHECK of their tables is fleet_in_scope).
CREATE OR REPLACE FUNCTION fleet_on_line(p text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT fleet_scope_path() IS NULL OR p LIKE fleet_scope_path() || '%' OR fleet_scope_path() LIKE p || '%' $$;

-- Each table: one permissive policy that lets everything through and one restrictive policy that narrows it to the
-- caller's scope (row security without any permissive policy would refuse every row).
ALTER TABLE vehicle ENABLE ROW LEVEL SECURITY;
ALTER TABLE vehicle FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON vehicle USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON vehicle AS RESTRICTIVE
    USING (fleet_on_line(org_path)) WITH CHECK (fleet_in_scope(org_path));

ALTER TABLE driver ENABLE ROW LEVEL SECURITY;
ALTER TABLE driver FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON driver USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON driver AS RESTRICTIVE
    USING (fleet_on_line(org_path)) WITH CHECK (fleet_in_scope(org_path));

-- A terminal belongs to the organisation of the car it is on (the vehicle table's policy decides which cars are
-- seen); one on no car is the city bureau's.
ALTER TABLE terminal ENABLE ROW LEVEL SECURITY;
ALTER TABLE terminal FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON terminal USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON terminal AS RESTRICTIVE
    USING (fleet_scope_path() IS NULL OR vehicle_id IN (SELECT id FROM vehicle) OR vehicle_id IS NULL AND fleet_at_top())
    WITH CHECK (fleet_scope_path() IS NULL OR vehicle_id IN (SELECT id FROM vehicle)
                OR vehicle_id IS NULL AND fleet_at_top());

-- A trip of the subtree; and, read only, a trip that holds a car or driver the caller may use (the clash checks of
-- an assignment must see every other trip of a lent car).
ALTER TABLE trip_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE trip_request FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON trip_request USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON trip_request AS RESTRICTIVE
    USING (fleet_in_scope(org_path) OR vehicle_id IN (SELECT id FROM vehicle) OR driver_id IN (SELECT id FROM driver))
    WITH CHECK (fleet_in_scope(org_path));

ALTER TABLE alarm ENABLE ROW LEVEL SECURITY;
ALTER TABLE alarm FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON alarm USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON alarm AS RESTRICTIVE USING (fleet_in_scope(org_path)) WITH CHECK (fleet_in_scope(org_path));

-- A complaint not yet traced to a unit (no organisation) is the root's.
ALTER TABLE complaint ENABLE ROW LEVEL SECURITY;
ALTER TABLE complaint FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON complaint USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON complaint AS RESTRICTIVE
    USING (fleet_in_scope(org_path)) WITH CHECK (fleet_in_scope(org_path));

ALTER TABLE registry_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE registry_request FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON registry_request USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON registry_request AS RESTRICTIVE
    USING (fleet_in_scope(org_path)) WITH CHECK (fleet_in_scope(org_path));

-- Movements are read only through their car; the movement updater (no caller) writes them unhindered. Positions
-- have no policy: the near search finds points by conditions that are not leakproof (track_cell, PostGIS), which
-- PostgreSQL may not evaluate before a policy, so under one it could not use its cell index; positions are read by
-- a car the service has scoped, or by the near search and complaint tracing, which the service scopes.
ALTER TABLE movement ENABLE ROW LEVEL SECURITY;
ALTER TABLE movement FORCE ROW LEVEL SECURITY;
CREATE POLICY fleet_rows ON movement USING (true) WITH CHECK (true);
CREATE POLICY fleet_scope ON movement AS RESTRICTIVE FOR SELECT
    USING (fleet_scope_path() IS NULL OR vehicle_id IN (SELECT id FROM vehicle));
