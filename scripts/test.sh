#!/usr/bin/env bash
# The whole test suite: on SQLite, again on PostgreSQL, and the add-on alone
# in a minimal Wagtail site. Prints a combined "N passed, N failed" line last.
# The browser tests (tests/e2e) run in the first two, in Debian's Chromium
# (installed by scripts/chromium.sh when missing; screenshots of failures in
# test-artifacts/e2e/).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev || exit 1
scripts/services.sh || exit 1
scripts/chromium.sh || exit 1
mkdir -p test-artifacts
rm -f test-artifacts/junit-*.xml
PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/portal}
status=0
run() {
  local name=$1; shift
  echo "=== $name"
  "$@" --junitxml="test-artifacts/junit-$name.xml" || status=1
}
run sqlite env -u DATABASE_URL .venv/bin/python -m pytest "$@"
run postgresql env DATABASE_URL="$PG_URL" .venv/bin/python -m pytest "$@"
run addon-alone env -u DATABASE_URL .venv/bin/python -m pytest --ds=tests.addon_settings tests/registry_pages "$@"
.venv/bin/python scripts/junit_total.py test-artifacts/junit-*.xml || status=1
exit $status
