"""Memory of gunicorn workers: one worker against two, with and without the production config.

    .venv/bin/python bench/gunicorn_memory.py [--requests 300] [--workers 1 2] [--modes plain preload]

Starts gunicorn on 127.0.0.1:8158 with the bench settings (BENCH_DATABASE_URL, any prepared
portal database: the demo is enough), `plain` (no config file: what `gunicorn cms.wsgi` does)
or `preload` (`-c cms/gunicorn.conf.py`: preload_app, warm-up and gc.freeze() in the master),
sends the same requests (home in four languages, 40 pages, searches; 2 clients so every worker
serves), then reads /proc/<pid>/smaps_rollup of the master and each worker: RSS, PSS (shared
pages divided among the processes that share them) and USS (pages of that process alone).
The memory a host spends on the portal is the sum of the PSS; that sum with two workers over
the sum with one is the figure of issue 20 (≤ 1.4). Stops gunicorn by its PID.
"""

import argparse
import http.client
import os
import signal
import subprocess
import sys
import threading
import time
from urllib.parse import quote

from common import REPO, machine, setup
from gunicorn_load import worker_pids

PORT = 8158


def paths():
    from wagtail.models import Page

    pages = [p.url for p in Page.objects.live().filter(depth__gte=3).specific().order_by("path")[:40]]
    searches = [f"/{lang}/search/?q={q}" for lang, q in (("bg", "удостоверение"), ("en", "permit"), ("pl", "zezwolenie"))]
    return [quote(p, safe="/?=&%") for p in ["/bg/", "/pl/", "/uk/", "/en/", *pages, *searches] if p]


def memory_kb(pid) -> dict:
    figures = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
                figures[parts[0][:-1]] = int(parts[1])
    return {"rss": figures["Rss"], "pss": figures["Pss"],
            "uss": figures["Private_Clean"] + figures["Private_Dirty"]}


def drive(urls, requests):
    def client(offset):
        for n in range(offset, requests, 2):
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
            connection.request("GET", urls[n % len(urls)], headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            assert response.status == 200, (urls[n % len(urls)], response.status)
            connection.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run(mode, workers, urls, requests):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="bench.settings", PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{PORT}",
               "--workers", str(workers), "--log-level", "warning"]
    if mode == "preload":
        command[3:3] = ["-c", "cms/gunicorn.conf.py"]
    gunicorn = subprocess.Popen(command, cwd=REPO, env=env)
    try:
        for _ in range(300):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
                connection.request("GET", "/bg/")
                connection.getresponse().read()
                break
            except OSError:
                time.sleep(0.2)
        drive(urls, requests)
        time.sleep(1)
        master = memory_kb(gunicorn.pid)
        children = [memory_kb(pid) for pid in worker_pids(gunicorn.pid)]
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=30)
    return master, children


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--modes", nargs="+", default=["plain", "preload"], choices=["plain", "preload"])
    args = parser.parse_args()
    setup()
    urls = paths()
    print(f"gunicorn_memory · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()}"
          f" · load average {os.getloadavg()[0]:.1f} · {args.requests} requests over {len(urls)} URLs")
    print(f"{'mode':<8} {'workers':>7} │ {'master RSS':>10} {'PSS':>6} │ {'workers RSS':>11} {'PSS':>6} {'USS':>6}"
          f" │ {'total PSS':>9}")
    totals = {}
    for mode in args.modes:
        for workers in args.workers:
            master, children = run(mode, workers, urls, args.requests)
            total = master["pss"] + sum(c["pss"] for c in children)
            totals[(mode, workers)] = total
            mib = lambda kb: f"{kb / 1024:.0f}"  # noqa: E731
            print(f"{mode:<8} {workers:>7} │ {mib(master['rss']):>8}Mi {mib(master['pss']):>4}Mi │ "
                  f"{'+'.join(mib(c['rss']) for c in children):>9}Mi {mib(sum(c['pss'] for c in children)):>4}Mi "
                  f"{mib(sum(c['uss'] for c in children)):>4}Mi │ {mib(total):>7}Mi")
        if (mode, 1) in totals and (mode, 2) in totals:
            print(f"{mode}: total PSS with two workers / with one = {totals[(mode, 2)] / totals[(mode, 1)]:.2f}")


if __name__ == "__main__":
    main()
