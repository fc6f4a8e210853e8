#!/usr/bin/env bash
# Fresh clone → demo portal with sample content on http://127.0.0.1:8000
# (another address: PORT=8080, or PORTAL_DEMO_ADDRESS=HOST:PORT).
# The one address is where runserver listens, the default Site's host and port
# (sitemap.xml, API html_url, downloads) and WAGTAILADMIN_BASE_URL (e-mails, API detail_url).
set -euo pipefail
cd "$(dirname "$0")/.."
address=${PORTAL_DEMO_ADDRESS:-127.0.0.1:${PORT:-8000}}
[[ $address == *:* ]] || address=127.0.0.1:$address  # a bare port, as runserver takes it
export DJANGO_SETTINGS_MODULE=cms.settings.dev
export WAGTAILADMIN_BASE_URL="http://$address"
scripts/bootstrap.sh
.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py registry_setup
.venv/bin/python manage.py load_demo --address "$address"
echo "Portal: http://$address/   Admin: http://$address/admin/"
exec .venv/bin/python manage.py runserver "$address"
