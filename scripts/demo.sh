#!/usr/bin/env bash
# Fresh clone → demo portal on http://127.0.0.1:8000 with sample content.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export DJANGO_SETTINGS_MODULE=cms.settings.dev
.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py registry_setup
.venv/bin/python manage.py load_demo
echo "Portal: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/"
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
