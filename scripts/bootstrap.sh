#!/usr/bin/env bash
# Create .venv and install the pinned requirements (runtime, or dev with "dev").
# Re-installs only when the requirement files changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
req=requirements.txt
[ "${1:-}" = "dev" ] && req=requirements-dev.txt
hash=$(cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
stamp=.venv/.installed-$hash-$(basename "$req")
# The dev requirements include the runtime ones (-r requirements.txt).
[ "$req" = requirements.txt ] && [ -f ".venv/.installed-$hash-requirements-dev.txt" ] && stamp=".venv/.installed-$hash-requirements-dev.txt"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r "$req"
  touch "$stamp"
fi
