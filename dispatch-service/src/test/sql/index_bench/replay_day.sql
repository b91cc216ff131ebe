\set v random(1, 1000)
\set d random(0, 2)
SELECT fix_time, ST_Y(geom), ST_X(geom), speed_kmh, course, altitude_m, status_bits, alarm_bits, mileage_km, backfill
FROM position WHERE vehicle_id = :v
  AND fix_time >= timestamptz '2026-10-01 00:00+08' + :d * interval '1 day'
  AND fix_time <  timestamptz '2026-10-01 00:00+08' + (:d + 1) * interval '1 day' ORDER BY fix_time;
