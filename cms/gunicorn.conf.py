"""Gunicorn in production: one master loads the portal, the workers share it.

    gunicorn -c cms/gunicorn.conf.py cms.wsgi:application

`preload_app`: the master imports Django, Wagtail, the models and blocks, then
(`when_ready`, cms/warmup.py) the URL patterns, every public template and the
translation catalogues of the four languages, and freezes the garbage
collector (`gc.freeze()`) before forking. The workers are forks of that
process: its memory pages stay shared (copy-on-write) because the workers'
collections no longer touch the frozen objects (docs/performance.md, "Serving").

Command-line options override these; the environment can set the common ones:
GUNICORN_BIND (127.0.0.1:8000), WEB_CONCURRENCY (2 workers), GUNICORN_TIMEOUT (30 s).
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
preload_app = True
# Proxies in front may keep connections open; a sync worker serves one request at a time anyway.
keepalive = 2


def when_ready(server):
    """In the master, once the application is loaded and before any worker exists."""
    from cms.warmup import warm

    loaded = warm()
    gc.collect()
    gc.freeze()
    server.log.info("Warmed in the master before forking: %s; %d objects frozen", loaded, gc.get_freeze_count())


def pre_fork(server, worker):
    # A worker started later (after a crash, or `max_requests`) shares whatever the master made since.
    gc.freeze()
