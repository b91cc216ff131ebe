-- "Which cars were near here, and when" over weeks: a B-tree on a grid cell of the point, covering the columns the
-- search needs (vehicle, time, point), so each day partition answers from a few contiguous index pages without
-- touching the table (an index-only scan; the nightly job vacuums closed days so their pages are all-visible).
-- The GiST on the point it replaces found the same rows but then read one table page per point, scattered over the
-- day: ~100 random reads per day partition, 1.5 s for a month when they were not cached (docs/benchmarks.md).
--
-- A cell is 0.002 degrees square (about 220 m north-south, 190 m east-west at 30 degrees north), numbered row by
-- row from (-90, -180): cells of one row are consecutive numbers, so the cells a circle touches in one row are one
-- index range. TrackCells (Java) computes the same numbers to cover a circle; keep the two in step.
CREATE FUNCTION track_cell(g geometry) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT floor((ST_Y(g) + 90) / 0.002)::bigint * 180000 + floor((ST_X(g) + 180) / 0.002)::bigint
$$;

CREATE INDEX position_cell_idx ON position (track_cell(geom), fix_time) INCLUDE (vehicle_id, geom);
DROP INDEX position_geom_idx;
