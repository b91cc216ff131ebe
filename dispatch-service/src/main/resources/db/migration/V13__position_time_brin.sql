-- BRIN on fix_time next to the GiST on the point: ingest appends in time order, so each 128-page range of a day
-- partition covers a few minutes, and "near here around then" for a short window ANDs the two bitmaps instead of
-- reading every point near the place that day (3 days x 1,000 vehicles: p50 80 -> 3 ms for a one-hour window; see
-- docs/benchmarks.md, Tracks, index comparison). A few hundred kB per day; autosummarize keeps new ranges indexed.
CREATE INDEX position_fix_time_brin ON position USING brin (fix_time) WITH (autosummarize = on);
