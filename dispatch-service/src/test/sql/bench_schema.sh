#!/bin/sh
# Creates the benchmark database (default fleet_bench) with the service's own migrations, so the benchmark measures
# exactly the production schema. Usage: bench_schema.sh [database]
set -eu
DB=${1:-fleet_bench}
HERE=$(cd "$(dirname "$0")" && pwd)
MIGRATIONS="$HERE/../../main/resources/db/migration"
PSQL="psql -v ON_ERROR_STOP=1 -q -U ${FLEET_DB_USER:-postgres} -h ${FLEET_DB_HOST:-localhost}"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
for f in $(ls "$MIGRATIONS"/V*.sql | sort -V); do
  $PSQL -d "$DB" -f "$f"
done
