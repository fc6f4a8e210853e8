"""What an uncached page costs in CPU: Django's process and the PostgreSQL backend serving it.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_perf .venv/bin/python bench/db_cost.py [URL ...] [--rounds 100]
    DATABASE_SERVER_SIDE_BINDING=1 … (the same with prepared statements, opt-in: docs/performance.md)

Renders each URL through Django's test client with the page cache off and prints, per request,
the wall time, the CPU time of this process (Django, templates, the driver; SQLite's own work
too) and the CPU time of the PostgreSQL backend process serving the connection (read from
/proc/<pid>/stat: the server must run on this host), with the number of queries. CPU times hold
on a busy machine where wall times do not. Any prepared portal database will do (the demo:
`/bg/services/heirs-certificate/`, the default URLs).
"""

import argparse
import os
import time

from common import backend_cpu_seconds, database_label, setup

DEFAULT_URLS = ["/bg/services/heirs-certificate/", "/bg/", "/bg/search/?q=удостоверение"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    print(f"db_cost · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {database_label()} · "
          f"options {connection.settings_dict.get('OPTIONS', {})} · load average {os.getloadavg()[0]:.1f}")
    print(f"{'URL':<40} {'wall':>8} {'Django CPU':>11} {'DB CPU':>8} {'queries':>8}   (means per request)")
    with override_settings(REGISTRY_PAGE_CACHE_TIMEOUT=0):
        client = Client()
        for url in args.urls:
            for _ in range(10):  # warm: templates, prepared statements (threshold 5)
                client.get(url)
            pid = connection.connection.info.backend_pid if connection.vendor == "postgresql" else None
            started, started_cpu = time.perf_counter(), time.process_time()
            started_db = backend_cpu_seconds(pid) if pid else 0.0
            with CaptureQueriesContext(connection) as captured:
                for _ in range(args.rounds):
                    assert client.get(url).status_code == 200, url
            n = args.rounds
            db = f"{(backend_cpu_seconds(pid) - started_db) / n * 1000:.1f}ms" if pid else "in-proc"
            print(f"{url:<40} {(time.perf_counter() - started) / n * 1000:>6.1f}ms "
                  f"{(time.process_time() - started_cpu) / n * 1000:>9.1f}ms {db:>8} {len(captured) // n:>8}")


if __name__ == "__main__":
    main()
