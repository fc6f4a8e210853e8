"""How much of the page cache a publication leaves warm (issue 20: goal ≥ 90 % on a 1,000-card site).

    .venv/bin/python bench/cache_warmth.py [--services 1000] [--redis redis://127.0.0.1:6391/0]

Uses its own bench database (`BENCH_DATABASE_URL`, default
/tmp/bench_warmth.sqlite3; prepared on first run like the other benchmarks,
with `--services` generated cards in bg, pl, uk, en). Caches every service
card, catalogue and home page in all languages through Django's test client
(local memory without a size limit, or the Redis given), checks they are all
served from the cache, then changes one thing through the admin's code path
and counts the pages still served from the cache:

1. one generated card published with a new title (`save_revision().publish()`);
2. one department published with a new name (a snippet most cards show).

Prints the warm share after each, and which kinds of page went cold. The changes
are rolled back at the end.
"""

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/bench_warmth.sqlite3")
os.environ["PORTAL_PAGE_CACHE_GENERATION_FILE"] = ""  # tags need the cache, not the generation file

from common import database_label, machine, prepare, setup  # noqa: E402


def _caches(redis_url):
    if redis_url:
        return {
            "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": redis_url, "KEY_PREFIX": "bench-warmth"},
            "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 10**7}},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
    }


def _urls():
    from wagtail.models import Page

    from registry_pages.models import ServiceCardPage, ServiceIndexPage

    rows = []
    for kind, pages in (
        ("card", ServiceCardPage.objects.live()),
        ("catalogue", ServiceIndexPage.objects.live()),
        ("home", Page.objects.live().filter(depth=2)),
    ):
        rows += [(kind, page.url) for page in pages.specific().order_by("path") if page.url]
    return rows


def _pass(client, urls):
    from registry_pages.core.page_cache import CACHE_HEADER

    cold = Counter()
    for kind, url in urls:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
        if response.get(CACHE_HEADER) != "hit":
            cold[kind] += 1
    return cold


def _report(label, urls, cold, seconds):
    total = len(urls)
    warm = total - sum(cold.values())
    detail = ", ".join(f"{kind} {count}" for kind, count in sorted(cold.items())) or "none"
    print(f"{label}: {warm:,} of {total:,} pages still warm = {100 * warm / total:.2f} % (cold: {detail}; pass {seconds:.0f} s)")
    return warm / total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=int(os.environ.get("BENCH_SERVICES", "1000")))
    parser.add_argument("--redis", default="", help="a Redis URL (a private server: the bench clears its keys)")
    args = parser.parse_args()
    setup()
    from django.core.cache import cache
    from django.db import transaction
    from django.test import Client, override_settings

    prepare(services=args.services)
    settings = override_settings(CACHES=_caches(args.redis), REGISTRY_PAGE_CACHE_TIMEOUT=3600, REGISTRY_PAGE_CACHE_GENERATION_FILE="")
    with settings, transaction.atomic():  # rolled back: the bench database keeps its content
        from registry_pages.models import Department, ServiceCardPage

        cache.clear()
        client = Client()
        urls = _urls()
        print(f"{machine()} · {database_label()} · cache {'Redis' if args.redis else 'local memory'}")
        print(f"{len(urls):,} pages: {dict(Counter(kind for kind, _url in urls))}")
        started = time.monotonic()
        _pass(client, urls)
        print(f"Cached in {time.monotonic() - started:.0f} s.")
        started = time.monotonic()
        cold = _pass(client, urls)
        _report("Before any change", urls, cold, time.monotonic() - started)

        card = ServiceCardPage.objects.live().filter(locale__language_code="bg", slug__contains="-").order_by("-pk").first()
        card.title = card.title + " (updated)"
        card.save_revision().publish(skip_permission_checks=True)
        started = time.monotonic()
        cold = _pass(client, urls)
        share = _report(f"After publishing one card («{card.title}»)", urls, cold, time.monotonic() - started)

        department = Department.objects.filter(live=True, locale__language_code="bg").first()
        department.name = department.name + " (updated)"
        department.save_revision().publish(skip_permission_checks=True)
        started = time.monotonic()
        cold = _pass(client, urls)
        _report(f"After publishing one department («{department.name}»)", urls, cold, time.monotonic() - started)
        cache.clear()
        transaction.set_rollback(True)
    print(f"Goal for a card publication: ≥ 90 % warm — {'met' if share >= 0.9 else 'NOT met'}.")


if __name__ == "__main__":
    main()
