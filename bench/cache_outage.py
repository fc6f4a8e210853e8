"""Public page times with Redis down: refused, silent (accepts, never answers), and silent without the breaker.

    .venv/bin/python bench/cache_outage.py [rounds]

Uses the bench database (bench/settings.py; any database with the demo loaded,
e.g. BENCH_DATABASE_URL=sqlite:////tmp/demo.sqlite3) and Redis on 127.0.0.1:6379
(db 8) for the "Redis up" rows. Prints a Markdown table of medians (docs/performance.md).
"""

import logging
import socket
import statistics
import sys
import time

from common import setup

setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from registry_pages.models import NGORegisterPage, ServiceCardPage, ServiceIndexPage  # noqa: E402

logging.getLogger("cms.outage").setLevel(logging.ERROR)

bg = {"locale__language_code": "bg"}
urls = {
    "home /bg/": "/bg/",
    "service card": ServiceCardPage.objects.live().filter(**bg).first().url,
    "catalogue": ServiceIndexPage.objects.live().filter(**bg).first().url,
    "NGO register": NGORegisterPage.objects.live().filter(**bg).first().url,
    "search": "/bg/search/?q=удостоверение",
}
silent = socket.socket(); silent.bind(("127.0.0.1", 0)); silent.listen(64)
SILENT = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
n = [0]
def redis(location, breaker=True):
    options = {**settings.REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True}
    if not breaker:
        options.pop("CONNECTION_POOL_CLASS"); options.pop("CONNECTION_POOL_KWARGS")
        n[0] += 1
        location = location.rsplit("/", 1)[0] + f"/{n[0]}"  # its own pool
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location, "KEY_PREFIX": "measure", "OPTIONS": options}}

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
scenarios = [
    ("Redis up, page cache off (rendered)", {"CACHES": redis("redis://127.0.0.1:6379/8"), "REGISTRY_PAGE_CACHE_TIMEOUT": 0}, ROUNDS),
    ("Redis up, page cache on (hits)", {"CACHES": redis("redis://127.0.0.1:6379/8"), "REGISTRY_PAGE_CACHE_TIMEOUT": 600}, ROUNDS),
    ("Redis refused (closed port), breaker", {"CACHES": redis("redis://127.0.0.1:9/0"), "REGISTRY_PAGE_CACHE_TIMEOUT": 600}, ROUNDS),
    ("Redis silent (never answers), breaker", {"CACHES": redis(SILENT), "REGISTRY_PAGE_CACHE_TIMEOUT": 600}, ROUNDS),
    ("Redis silent, WITHOUT breaker", {"CACHES": redis(SILENT, breaker=False), "REGISTRY_PAGE_CACHE_TIMEOUT": 600}, 2),
]
client = Client()
for url in urls.values():
    client.get(url)
print("| scenario | " + " | ".join(urls) + " |")
print("|---|" + "---|" * len(urls))
for label, overrides, rounds in scenarios:
    with override_settings(REGISTRY_PAGE_CACHE_GENERATION_FILE="", **overrides):
        cache.clear()
        first = {}
        times = {name: [] for name in urls}
        for r in range(rounds + 1):
            for name, url in urls.items():
                t = time.perf_counter()
                status = client.get(url).status_code
                dt = time.perf_counter() - t
                assert status == 200, (label, url, status)
                if r == 0:
                    first[name] = dt
                else:
                    times[name].append(dt)
        cells = [f"{statistics.median(times[name])*1000:.1f} ms" for name in urls]
        print(f"| {label} | " + " | ".join(cells) + " |", f"(first request: {first['home /bg/']*1000:.0f} ms)")
