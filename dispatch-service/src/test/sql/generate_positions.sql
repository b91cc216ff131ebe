-- Fills one day partition of the position table with synthetic reports: :vehicles vehicles, one report every 10 s,
-- the day :day (China Standard Time). Rows are inserted in time order, all vehicles interleaved, as ingest writes
-- them. Each vehicle drives loops of a few km around its own home in a 60 km square over Hangzhou, stopping part of
-- the time (speed 0, ACC off), so spatial queries see a realistic spread.
-- Optional: -v moving_of_3=1 (the car drives in 1 of every 3 hour blocks; default 2) and -v parked_every=6 (while
-- parked it reports every 6th 10 s step, i.e. every minute, as terminals with ACC off do; default 1: every 10 s).
-- psql -v day=2026-10-01 -v vehicles=1000 -f generate_positions.sql fleet_bench
\if :{?moving_of_3}
\else
\set moving_of_3 2
\endif
\if :{?parked_every}
\else
\set parked_every 1
\endif
-- Optional: -v order='v, s' writes each vehicle's day contiguously, the layout the nightly CLUSTER
-- (PartitionClusterer) leaves a closed day in; the default 's, v' is the order ingest writes.
\if :{?order}
\else
\set order 's, v'
\endif
SELECT track_ensure_partition(:'day'::date);
INSERT INTO position (vehicle_id, fix_time, content_hash, phone, server_time, geom, speed_kmh, course, altitude_m,
                      alarm_bits, status_bits, mileage_km, fuel_l, satellites, extras, backfill)
SELECT v,
       ts,
       hashtextextended(v || ':' || s, 0),
       (13900000000 + v)::text,
       ts + interval '1 second',
       ST_SetSRID(ST_MakePoint(
           119.90 + (v % 32) * 0.018 + 0.02 * sin(phase),
           29.95 + (v / 32) * 0.017 + 0.02 * cos(phase * 0.7)), 4326),
       CASE WHEN moving THEN 20 + (s % 40) ELSE 0 END,
       (s * 7 + v) % 360,
       10,
       0,
       CASE WHEN moving THEN 3 ELSE 2 END,     -- positioned, ACC on while moving
       10000 + v + s * 0.01,
       40,
       9,
       NULL,
       false
FROM generate_series(0, 8639) AS s
CROSS JOIN generate_series(1, :vehicles) AS v
CROSS JOIN LATERAL (SELECT (:'day'::date)::timestamp AT TIME ZONE 'Asia/Shanghai' + s * interval '10 seconds' AS ts,
                           (s + v * 37) / 400.0 AS phase,
                           ((s + v * 13) / 360) % 3 >= 3 - :moving_of_3 AS moving) AS g
WHERE moving OR s % :parked_every = 0
-- without an order the planner may loop over vehicles outermost and write each vehicle's day contiguously, a layout
-- ingest never produces (it flatters the vehicle replay and defeats a BRIN on fix_time)
ORDER BY :order;
