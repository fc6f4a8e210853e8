#!/usr/bin/env bash
# The browser tests (tests/e2e) drive Debian's Chromium; install it from Debian
# when missing. Playwright never downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Installing Chromium from Debian packages..."
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "Chromium could not be installed (/usr/bin/chromium)" >&2; exit 1; }
