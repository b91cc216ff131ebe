#!/bin/bash
# BRIN vs B-tree vs GiST on the position table, one index configuration at a time (docs/benchmarks.md, Tracks).
# Needs a scratch database of the production schema filled without indexes, e.g. 3 days x 1,000 vehicles:
#   sh ../bench_schema.sh fleet_idx_bench
#   psql -d fleet_idx_bench -c "DROP INDEX position_vehicle_time_key, position_geom_idx, position_fix_time_brin"
#   for d in 2026-10-01 2026-10-02 2026-10-03; do psql -d fleet_idx_bench -v day=$d -v vehicles=1000 \
#       -f ../generate_positions.sql; done; psql -d fleet_idx_bench -c "VACUUM ANALYZE position"
# Usage: run.sh [database]. Prints one BUILD line per index (time, size) and one QUERY line per query and index
# (pgbench, one client, latency percentiles), each with the load average, since builds of others may run alongside.
set -u
DB=${1:-fleet_idx_bench}
Q=$(cd "$(dirname "$0")" && pwd)
L=$(mktemp -d)
PSQL="psql -U postgres -h localhost -d $DB -v ON_ERROR_STOP=1 -qAt"
export PGOPTIONS='-c jit=off'
size() { $PSQL -c "SELECT pg_size_pretty(sum(pg_relation_size(relid))) || ' (' || sum(pg_relation_size(relid)) || ' bytes)' FROM pg_partition_tree('$1')"; }
build() { # name sql
  local t0=$(date +%s.%N)
  $PSQL -c "SET maintenance_work_mem = '1GB'" -c "$2"
  local t1=$(date +%s.%N)
  echo "BUILD $1: $(echo "$t1 - $t0" | bc) s, size $(size $1), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
bench() { # config script warmup n
  local name=$1-$2
  pgbench -U postgres -h localhost -n -c 1 -t $3 -f $Q/$2.sql $DB >/dev/null 2>&1
  rm -f $L/$name.*
  local load0=$(cut -d' ' -f1 /proc/loadavg)
  pgbench -U postgres -h localhost -n -c 1 -t $4 -f $Q/$2.sql -l --log-prefix=$L/$name $DB >/dev/null 2>&1
  sort -n -k3 $L/$name.* | awk -v name="$name" -v ld="$load0 $(cut -d' ' -f1 /proc/loadavg)" '{a[NR]=$3/1000} END {printf "QUERY %-28s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms (load %s)\n", name, NR, a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)], a[int(NR*0.99+0.5)], a[NR], ld}'
}
date -u +"start %T"
$PSQL -c "DROP INDEX IF EXISTS pos_btree, pos_brin, pos_gist, pos_gist2, position_vehicle_time_key, position_geom_idx, position_fix_time_brin"
$PSQL -c "CREATE EXTENSION IF NOT EXISTS btree_gist"

build pos_btree "CREATE UNIQUE INDEX pos_btree ON position (vehicle_id, fix_time, content_hash)"
$PSQL -c "VACUUM ANALYZE position"
bench btree replay_day 20 200
bench btree replay_hour 20 300
$PSQL -c "DROP INDEX pos_btree"

build pos_brin "CREATE INDEX pos_brin ON position USING brin (fix_time)"
$PSQL -c "ANALYZE position"
bench brin replay_hour 3 30
bench brin replay_day 1 5
bench brin near_hour 5 100

build pos_gist "CREATE INDEX pos_gist ON position USING gist (geom)"
$PSQL -c "ANALYZE position"
bench gist+brin near_hour 20 200
$PSQL -c "DROP INDEX pos_brin"
bench gist near_hour 20 200
bench gist near_all 10 100
$PSQL -c "DROP INDEX pos_gist"

build pos_gist2 "CREATE INDEX pos_gist2 ON position USING gist (geom, fix_time)"
$PSQL -c "ANALYZE position"
bench gist_geom_time near_hour 20 200
bench gist_geom_time near_all 10 100
$PSQL -c "DROP INDEX pos_gist2"
date -u +"end %T"
