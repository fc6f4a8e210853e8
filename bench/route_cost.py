"""What finding the page costs: uncached pages with the route cache off (Wagtail's walk) and on.

    BENCH_DATABASE_URL=… .venv/bin/python bench/route_cost.py [URL ...] [--rounds 60]

Renders each URL through Django's test client with the page cache off, alternating request by
request between `REGISTRY_ROUTE_CACHE = False` and `True` in one process, so a busy machine
weighs on both alike. Prints per request the median (and least) CPU time of this process (Django, the
driver, SQLite's own work), the CPU time of the PostgreSQL backend (read from /proc: the
server must run on this host) and the number of queries, for each side.
"""

import argparse
import os
import statistics
import time

from common import backend_cpu_seconds, database_label, setup

DEFAULT_URLS = ["/bg/services/heirs-certificate/", "/bg/", "/pl/"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    print(f"route_cost · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {database_label()} · "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'URL':<34} {'walk CPU (min)':>16} {'DB CPU':>7} {'queries':>7}   {'cached CPU (min)':>16} {'DB CPU':>7}"
          f" {'queries':>7}   (medians and minimums per request; DB: means)")
    client = Client()
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 0
    for url in args.urls:
        figures = {False: ([], [], 0), True: ([], [], 0)}
        for _ in range(10):  # warm: templates, the layout, the route
            for on in (False, True):
                settings.REGISTRY_ROUTE_CACHE = on  # set, not overridden: no signal, no cost
                client.get(url)
        pid = connection.connection.info.backend_pid if connection.vendor == "postgresql" else None
        for _ in range(args.rounds):
            for on in (False, True):
                cpu, db, _queries = figures[on]
                settings.REGISTRY_ROUTE_CACHE = on
                started, started_db = time.process_time(), backend_cpu_seconds(pid) if pid else 0.0
                assert client.get(url).status_code == 200, url
                cpu.append(time.process_time() - started)
                db.append(backend_cpu_seconds(pid) - started_db if pid else 0.0)
        for on in (False, True):
            settings.REGISTRY_ROUTE_CACHE = on
            with CaptureQueriesContext(connection) as captured:
                client.get(url)
            figures[on] = (*figures[on][:2], len(captured))
        cells = []
        for on in (False, True):
            cpu, db, queries = figures[on]
            db_cell = f"{statistics.mean(db) * 1000:.1f}ms" if pid else "in-proc"
            cells.append(f"{statistics.median(cpu) * 1000:>7.1f} ({min(cpu) * 1000:4.1f})ms {db_cell:>7} {queries:>7}")
        print(f"{url:<34} {cells[0]}   {cells[1]}")


if __name__ == "__main__":
    main()
