"""WSGI entry point (gunicorn cms.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

application = get_wsgi_application()

# What start-up loaded (models, blocks, translations) lives as long as the process: frozen, the
# collector's full passes skip it, which halves their pauses on large pages (docs/performance.md).
# Before gunicorn forks (--preload) it also keeps those pages shared between the workers.
gc.collect()
gc.freeze()
