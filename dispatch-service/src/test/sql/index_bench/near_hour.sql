\set h random(0, 71)
\set x random(0, 100000)
\set y random(0, 100000)
\set lon 119.90 + :x * 0.0000056
\set lat 29.95 + :y * 0.0000052
WITH target AS (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS pt),
hits AS (
    SELECT p.vehicle_id, p.fix_time, p.geom, ST_Distance(p.geom::geography, t.pt::geography) AS d
    FROM position p, target t
    WHERE p.fix_time >= timestamptz '2026-10-01 00:00+08' + :h * interval '1 hour' AND p.fix_time < timestamptz '2026-10-01 00:00+08' + (:h + 1) * interval '1 hour'
      AND p.geom && ST_MakeEnvelope(:lon - 0.00209, :lat - 0.00182, :lon + 0.00209, :lat + 0.00182, 4326)
      AND ST_DWithin(p.geom::geography, t.pt::geography, 200)),
per_vehicle AS (SELECT vehicle_id, count(*) AS n, min(fix_time) AS first_seen, max(fix_time) AS last_seen FROM hits GROUP BY vehicle_id),
closest AS (SELECT DISTINCT ON (vehicle_id) vehicle_id, fix_time, d, ST_Y(geom) AS lat, ST_X(geom) AS lon FROM hits ORDER BY vehicle_id, d, fix_time)
SELECT c.vehicle_id, c.fix_time, c.d, c.lat, c.lon, pv.first_seen, pv.last_seen, pv.n
FROM closest c JOIN per_vehicle pv USING (vehicle_id) ORDER BY c.d, c.fix_time;
