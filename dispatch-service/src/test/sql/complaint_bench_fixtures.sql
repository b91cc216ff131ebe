-- What tracing reads besides positions, for the benchmark database made by bench_schema.sh + generate.sh: an
-- organisation tree, the 1,000 generated vehicles (ids 1..1000, as generate_positions.sql numbers them) with plates
-- 浙A00001..浙A01000, a driver each, four trip orders per vehicle and day with their audit trail, the movements of
-- the generator's drive/stand pattern, and empty day partitions up to :days_total days so that a 30-day window
-- spans 30 partitions. Idempotent: it empties and refills these tables.
-- With a generator run given -v moving_of_3 / -v parked_every, pass the same values here (defaults 2 and 1).
-- psql -v first_day=2026-10-01 -v days=12 -v days_total=30 -f complaint_bench_fixtures.sql fleet_complaints_bench
\if :{?moving_of_3}
\else
\set moving_of_3 2
\endif
\if :{?parked_every}
\else
\set parked_every 1
\endif
TRUNCATE trip_request_event, trip_request, driver, movement, terminal, vehicle, organisation CASCADE;

INSERT INTO organisation (id, parent_id, code, name, kind, path)
VALUES (1, NULL, 'HZ', '杭州市机关事务管理局', 'CITY_BUREAU', '/1/');
INSERT INTO organisation (id, parent_id, code, name, kind, path)
SELECT 1 + u, 1, 'HZ-U' || u, '测试单位' || u, 'UNIT', '/1/' || (1 + u) || '/' FROM generate_series(1, 10) u;
SELECT setval('organisation_id_seq', 100);

INSERT INTO vehicle (id, org_id, org_path, plate, plate_key, kind, seats, energy, pool)
SELECT v, 2 + v % 10, '/1/' || (2 + v % 10) || '/', '浙A·' || lpad(v::text, 5, '0'), '浙A' || lpad(v::text, 5, '0'),
       'SEDAN', 5, 'FUEL', 'GENERAL'
FROM generate_series(1, 1000) v;
SELECT setval('vehicle_id_seq', 1000);

INSERT INTO driver (id, org_id, org_path, name, phone, licence_class)
SELECT d, 2 + d % 10, '/1/' || (2 + d % 10) || '/', '司机' || d, (13700000000 + d)::text, 'C1'
FROM generate_series(1, 1000) d;
SELECT setval('driver_id_seq', 1000);

-- four two-hour orders a day per vehicle, 08:00, 10:30, 14:00, 16:30 China time, all driven
INSERT INTO trip_request (id, org_id, org_path, requester, category, passengers, pickup_place, pickup_point,
                          window_start, window_end, destinations, state, approver, approved_at, vehicle_id, driver_id)
SELECT row_number() OVER (), 2 + v % 10, '/1/' || (2 + v % 10) || '/', '申请人' || v, 'GENERAL', 1, '单位大院',
       ST_SetSRID(ST_MakePoint(120.1, 30.2), 4326), ws, ws + interval '2 hours', '[]'::jsonb, 'COMPLETED', '审批人',
       ws - interval '1 day', v, v
FROM generate_series(1, 1000) v
CROSS JOIN generate_series(0, :days - 1) d
CROSS JOIN unnest(ARRAY[interval '8 hours', interval '10 hours 30 minutes', interval '14 hours',
                        interval '16 hours 30 minutes']) AS slot
CROSS JOIN LATERAL (SELECT ((:'first_day'::date + d)::timestamp + slot) AT TIME ZONE 'Asia/Shanghai' AS ws) w;
SELECT setval('trip_request_id_seq', (SELECT max(id) FROM trip_request));

INSERT INTO trip_request_event (request_id, at, actor, action, from_state, to_state)
SELECT r.id, r.window_start + e.offs, e.actor, e.action, e.from_state, e.to_state
FROM trip_request r
CROSS JOIN (VALUES (interval '-2 days', '申请人', 'SUBMIT', NULL, 'SUBMITTED'),
                   (interval '-1 day', '审批人', 'APPROVE', 'SUBMITTED', 'APPROVED'),
                   (interval '-20 hours', '调度员', 'ASSIGN', 'APPROVED', 'SCHEDULED'),
                   (interval '-19 hours', '司机', 'ACCEPT', 'SCHEDULED', 'ACCEPTED'),
                   (interval '5 minutes', '司机', 'START', 'ACCEPTED', 'UNDER_WAY'),
                   (interval '110 minutes', '司机', 'COMPLETE', 'UNDER_WAY', 'COMPLETED')) AS e(offs, actor, action, from_state, to_state);

-- generate_positions.sql moves in hour blocks: ((s + v*13) / 360) % 3 >= 3 - :moving_of_3 is moving, s counting 10 s steps from
-- midnight; one MOVE or STOP row per block (consecutive equal blocks are not merged: close enough for lookups)
INSERT INTO movement (vehicle_id, kind, start_time, end_time, start_geom, end_geom, distance_m, max_speed_kmh, points,
                      ongoing)
SELECT v, CASE WHEN (b % 3) >= 3 - :moving_of_3 THEN 'MOVE' ELSE 'STOP' END,
       greatest(day0, day0 + ((b * 360 - v * 13) * interval '10 seconds')),
       least(day0 + interval '1 day', day0 + (((b + 1) * 360 - v * 13) * interval '10 seconds')),
       ST_SetSRID(ST_MakePoint(119.90 + (v % 32) * 0.018, 29.95 + (v / 32) * 0.017), 4326),
       ST_SetSRID(ST_MakePoint(119.90 + (v % 32) * 0.018, 29.95 + (v / 32) * 0.017), 4326),
       CASE WHEN (b % 3) >= 3 - :moving_of_3 THEN 20000 ELSE 0 END, 59,
       CASE WHEN (b % 3) >= 3 - :moving_of_3 THEN 360 ELSE 360 / :parked_every END, false
FROM generate_series(1, 1000) v
CROSS JOIN generate_series(0, :days - 1) d
CROSS JOIN LATERAL (SELECT (:'first_day'::date + d)::timestamp AT TIME ZONE 'Asia/Shanghai' AS day0) z
CROSS JOIN LATERAL generate_series((v * 13) / 360, (8640 + v * 13) / 360) b
WHERE day0 + (((b + 1) * 360 - v * 13) * interval '10 seconds') > day0
  AND day0 + ((b * 360 - v * 13) * interval '10 seconds') < day0 + interval '1 day';

SELECT count(*) FILTER (WHERE track_ensure_partition(:'first_day'::date + g)) AS partitions_added
FROM generate_series(0, :days_total - 1) g;
ANALYZE organisation, vehicle, driver, trip_request, trip_request_event, movement;
