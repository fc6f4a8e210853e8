"""The page explorer of a section with 10,000 children: the normal listing and "Sort menu order".

    .venv/bin/python bench/explorer_sort.py [--children 10000] [--rounds 3] [--database postgres://…] [--fresh]
    .venv/bin/python bench/explorer_sort.py --sort-limit 1000000   # as Wagtail does it: no cap

A scratch database of its own (`bench/_db.py`: /tmp/bench_explorer.sqlite3, or a PostgreSQL
database `bench_explorer` on the server of `--database`), migrated and set up, holding one service
catalogue with `--children` cards made by the load generator's bulk tree insert
(`portal_demo/loadgen/tree.py`: treebeard paths numbered in Python, one INSERT per batch).
A prepared database is reused unless `--fresh`.

Logged in as a superuser through Django's test client, it times the explorer's listing
(50 rows a page), its `?ordering=ord` view ("Sort menu order", which Wagtail 8 does not
paginate: wagtail/admin/views/generic/models.py `get_paginate_by`), and prints p50, max,
the CPU time of this process (with SQLite, the query's own work too; on a shared machine
the better figure), SQL queries and the rows rendered. `REGISTRY_EXPLORER_SORT_LIMIT` (docs/performance.md)
caps the rows of that view.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _db import migrate, setup  # noqa: E402
from common import timed_get  # noqa: E402


def prepare(children: int):
    """The catalogue with `children` cards (made once; reused)."""
    from portal_demo.loadgen.runner import run
    from registry_pages.models import ServiceIndexPage

    index = ServiceIndexPage.objects.filter(locale__language_code="bg").order_by("-numchild").first()
    have = index.numchild if index is not None else 0
    if have >= children:
        return index
    started = time.monotonic()
    run({"services": children - have}, languages=["bg"], log=lambda *a: None, index=index)
    index = ServiceIndexPage.objects.filter(locale__language_code="bg").order_by("-numchild").first()
    print(f"created {index.numchild - have} cards in {time.monotonic() - started:.1f} s")
    return index


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database", default=None, help="postgres://… (the server; the database is bench_explorer)")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--sort-limit", type=int, default=None,
                        help="REGISTRY_EXPLORER_SORT_LIMIT for this run (e.g. 1000000: Wagtail's behaviour, no cap)")
    args = parser.parse_args()
    setup(args.database, "bench_explorer", fresh=args.fresh)
    migrate()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    settings.ALLOWED_HOSTS = ["*"]
    if args.sort_limit is not None:
        settings.REGISTRY_EXPLORER_SORT_LIMIT = args.sort_limit
    index = prepare(args.children)
    user, _ = get_user_model().objects.get_or_create(
        username="bench_admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    explore = reverse("wagtailadmin_explore", args=[index.pk])
    rows = [
        ("explorer (default ordering)", explore),
        ("explorer, page 100", explore + "?p=100"),
        ("explorer ordered by title", explore + "?ordering=title"),
        ('"Sort menu order" (?ordering=ord)', explore + "?ordering=ord"),
    ]
    from registry_pages.core.explorer_sort import sort_limit

    limit = sort_limit()
    print(f"explorer · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {connection.vendor} · "
          f"{index.numchild} children · sort limit {limit} · load average {os.getloadavg()[0]:.1f}")
    print(f"{'view':<36} {'p50':>9} {'max':>9} {'CPU p50':>9} {'queries':>8} {'rows':>6}")
    for label, url in rows:
        samples, cpu, queries, shown = [], [], 0, 0
        for _ in range(args.rounds):
            response, wall, cpu_ms, count = timed_get(client, url)
            samples.append(wall)
            cpu.append(cpu_ms)
            assert response.status_code == 200, (url, response.status_code)
            queries = max(queries, count)
            # a row: its bulk-action checkbox, or (sorting, where there is none) its drag handle
            shown = len(re.findall(rb'data-bulk-action-checkbox\b|data-w-orderable-item-id=', response.content))
        print(f"{label:<36} {statistics.median(samples):>7.0f}ms {max(samples):>7.0f}ms "
              f"{statistics.median(cpu):>7.0f}ms {queries:>8} {shown:>6}")


if __name__ == "__main__":
    main()
