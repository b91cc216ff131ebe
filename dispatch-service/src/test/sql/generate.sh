#!/bin/sh
# Generates :days days × :vehicles vehicles × 8,640 reports (in time order, vehicles interleaved) into the benchmark database, two days at a time (one per
# core), without indexes, then builds the production indexes on the whole table. Usage:
#   generate.sh DATABASE FIRST_DAY DAYS VEHICLES     e.g. generate.sh fleet_bench 2026-10-01 12 1000
set -eu
DB=$1; FIRST=$2; DAYS=$3; VEHICLES=$4
HERE=$(cd "$(dirname "$0")" && pwd)
PSQL="psql -v ON_ERROR_STOP=1 -q -U ${FLEET_DB_USER:-postgres} -h ${FLEET_DB_HOST:-localhost} -d $DB"
$PSQL -c "DROP INDEX IF EXISTS position_vehicle_time_key" -c "DROP INDEX IF EXISTS position_geom_idx" \
      -c "DROP INDEX IF EXISTS position_fix_time_brin"
i=0
while [ $i -lt "$DAYS" ]; do
  date -d "$FIRST + $i day" +%F
  i=$((i + 1))
done | xargs -P 2 -I{} $PSQL -v day={} -v vehicles="$VEHICLES" -f "$HERE/generate_positions.sql"
$PSQL -c "SET maintenance_work_mem = '2GB'" \
      -c "CREATE UNIQUE INDEX position_vehicle_time_key ON position (vehicle_id, fix_time, content_hash)" \
      -c "CREATE INDEX position_geom_idx ON position USING gist (geom)" \
      -c "CREATE INDEX position_fix_time_brin ON position USING brin (fix_time) WITH (autosummarize = on)" \
      -c "VACUUM ANALYZE position"
