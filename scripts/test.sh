#!/usr/bin/env bash
# The whole test suite: on SQLite, again on PostgreSQL, and the add-on alone
# in a minimal Wagtail site. Prints a combined "N passed, N failed" line last.
# The browser tests (tests/e2e) run in the first two, in Debian's Chromium
# (installed by scripts/chromium.sh when missing; screenshots of failures in
# test-artifacts/e2e/).
#
# Two lanes run at once (a machine has at least two cores): SQLite, then the
# add-on alone, in this terminal; PostgreSQL beside them, its output kept in
# test-artifacts/lane-postgresql.log and printed when both are done. Each lane
# has its own Redis database and media folder, so the cache tests of one never
# empty the other's. PORTAL_TEST_LANES=1 runs the three one after another.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev || exit 1
scripts/services.sh || exit 1
scripts/chromium.sh || exit 1
mkdir -p test-artifacts
rm -f test-artifacts/junit-*.xml test-artifacts/lane-*.log
PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/portal}
REDIS_BASE=${TEST_REDIS_BASE:-redis://127.0.0.1:6379}
started=$SECONDS

run() {
  local name=$1; shift
  echo "=== $name ($(date -u +%H:%M:%S) UTC)"
  "$@" --junitxml="test-artifacts/junit-$name.xml"
}

sqlite_lane() {
  local status=0
  run sqlite env -u DATABASE_URL TEST_REDIS_URL="$REDIS_BASE/9" TEST_MEDIA_ROOT=var/test-media-sqlite \
    .venv/bin/python -m pytest "$@" || status=1
  run addon-alone env -u DATABASE_URL TEST_REDIS_URL="$REDIS_BASE/9" TEST_MEDIA_ROOT=var/test-media-addon \
    .venv/bin/python -m pytest --ds=tests.addon_settings tests/registry_pages "$@" || status=1
  return $status
}

postgresql_lane() {
  run postgresql env DATABASE_URL="$PG_URL" TEST_REDIS_URL="$REDIS_BASE/10" TEST_MEDIA_ROOT=var/test-media-postgresql \
    .venv/bin/python -m pytest "$@"
}

kill_tree() {  # a lane and every process it started (background jobs ignore Ctrl-C)
  local child
  for child in $(pgrep -P "$1"); do kill_tree "$child"; done
  kill "$1" 2>/dev/null
}

status=0
if [ "${PORTAL_TEST_LANES:-2}" = 1 ]; then
  sqlite_lane "$@" || status=1
  postgresql_lane "$@" || status=1
else
  postgresql_lane "$@" > test-artifacts/lane-postgresql.log 2>&1 &
  lane=$!
  trap 'kill_tree $lane; exit 130' INT TERM
  sqlite_lane "$@" || status=1
  echo "=== waiting for the PostgreSQL lane ($(date -u +%H:%M:%S) UTC)"
  wait $lane || status=1
  trap - INT TERM
  echo
  echo "=== the PostgreSQL lane's output (test-artifacts/lane-postgresql.log)"
  cat test-artifacts/lane-postgresql.log
fi
echo "=== all runs took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
.venv/bin/python scripts/junit_total.py test-artifacts/junit-*.xml || status=1
exit $status
