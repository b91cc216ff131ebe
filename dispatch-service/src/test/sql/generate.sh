#!/bin/sh
# Generates :days days × :vehicles vehicles of reports (in time order, vehicles interleaved, as ingest writes them)
# into the benchmark database, two days at a time (one per core). Each day partition is filled without indexes and
# then indexed, so one worker's index build overlaps the other's insert; at the end the production indexes are
# created on the parent, which attaches the partitions' equal indexes instead of building them again. Usage:
#   generate.sh DATABASE FIRST_DAY DAYS VEHICLES [MOVING_OF_3 PARKED_EVERY]
#   e.g. generate.sh fleet_bench 2026-10-01 12 1000            (10 s reports, driving 2 of every 3 hours)
#        generate.sh fleet_tracks_bench 2026-10-01 30 1000 1 6 (10 s driving 1 of 3 hours, 60 s while parked)
# With CLUSTERED_BEFORE=YYYY-MM-DD the days before that one are written vehicle by vehicle, the layout the nightly
# CLUSTER (PartitionClusterer) gives a closed day; the others as ingest writes them.
set -eu
DB=$1; FIRST=$2; DAYS=$3; VEHICLES=$4; MOVING=${5:-2}; PARKED=${6:-1}
CLUSTERED_BEFORE=$(echo "${CLUSTERED_BEFORE:-0}" | tr -d -)
HERE=$(cd "$(dirname "$0")" && pwd)
PSQL="psql -v ON_ERROR_STOP=1 -q -U ${FLEET_DB_USER:-postgres} -h ${FLEET_DB_HOST:-localhost} -d $DB"
$PSQL -c "DROP INDEX IF EXISTS position_vehicle_time_key" -c "DROP INDEX IF EXISTS position_cell_idx" \
      -c "DROP INDEX IF EXISTS position_fix_time_brin"
i=0
while [ $i -lt "$DAYS" ]; do
  date -d "$FIRST + $i day" +%F
  i=$((i + 1))
done | xargs -P 2 -I{} sh -c "order='s, v'; [ \$(echo {} | tr -d -) -lt $CLUSTERED_BEFORE ] && order='v, s'; \
    $PSQL -v day={} -v vehicles=$VEHICLES -v moving_of_3=$MOVING -v parked_every=$PARKED -v order=\"\$order\" \
    -f '$HERE/generate_positions.sql' && part=position_\$(echo {} | tr -d -) && $PSQL \
    -c \"SET maintenance_work_mem = '1GB'\" \
    -c \"CREATE UNIQUE INDEX ON \$part (vehicle_id, fix_time, content_hash)\" \
    -c \"CREATE INDEX ON \$part (track_cell(geom), fix_time) INCLUDE (vehicle_id, geom)\" \
    -c \"CREATE INDEX ON \$part USING brin (fix_time) WITH (autosummarize = on)\" \
    -c \"VACUUM ANALYZE \$part\" && echo \"{} done \$(date -u +%T)\""
$PSQL -c "SET maintenance_work_mem = '1GB'" \
      -c "CREATE UNIQUE INDEX position_vehicle_time_key ON position (vehicle_id, fix_time, content_hash)" \
      -c "CREATE INDEX position_cell_idx ON position (track_cell(geom), fix_time) INCLUDE (vehicle_id, geom)" \
      -c "CREATE INDEX position_fix_time_brin ON position USING brin (fix_time) WITH (autosummarize = on)" \
      -c "ANALYZE position"
