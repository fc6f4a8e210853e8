"""Bounded load through gunicorn on 127.0.0.1: 4 workers, 8 concurrent clients, 60 s.

    .venv/bin/python bench/gunicorn_load.py [--seconds 60] [--clients 8] [--workers 4] [--uncached]

Starts gunicorn (the pinned version in requirements.txt) with the bench
settings, runs a threaded client over a mix of URLs (home, service cards in
four languages, the demo catalogue, searches), prints requests/s, p50/p95,
errors and the peak RSS of the workers, then stops gunicorn by its PID.
"""

import argparse
import http.client
import os
import random
import signal
import subprocess
import sys
import threading
import time
from urllib.parse import quote

from common import REPO, machine, percentiles, prepare, setup

PORT = 8157


def urls():
    from registry_pages.models import ServiceCardPage, ServiceIndexPage

    pages = [p.url for p in ServiceCardPage.objects.live().order_by("?")[:400]]
    demo = [p.url for p in ServiceIndexPage.objects.exclude(slug="services-generated")]
    searches = [f"/{lang}/search/?q={q}" for lang, q in (
        ("bg", "удостоверение"), ("bg", "пчелин"), ("pl", "zezwolenie"), ("uk", "довідка"), ("en", "permit"),
        ("en", "tax"), ("bg", "скица"))]
    paths = ["/bg/", "/pl/", "/uk/", "/en/"] + pages + demo * 5 + searches * 5
    return [quote(path, safe="/?=&%") for path in paths]


def worker_pids(master):
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def peak_rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def client(paths, deadline, results, lock):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    local, errors = [], 0
    rng = random.Random(threading.get_ident())
    while time.monotonic() < deadline:
        path = rng.choice(paths)
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except Exception:  # noqa: BLE001 - any failure counts as an error
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        local.append((time.perf_counter() - started) * 1000)
    with lock:
        results["samples"].extend(local)
        results["errors"] += errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--uncached", action="store_true", help="PORTAL_PAGE_CACHE_TIMEOUT=0 (env) in the workers")
    parser.add_argument("--urls", type=int, default=0, help="only the first N URLs of the mix (a hot set)")
    args = parser.parse_args()
    setup()
    prepare()
    paths = urls()
    if args.urls:
        paths = paths[: args.urls]
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="bench.settings", PYTHONPATH=str(REPO))
    if args.uncached:
        env["PORTAL_PAGE_CACHE_TIMEOUT"] = "0"
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(args.workers), "--timeout", "60", "--log-level", "warning"],
        cwd=REPO, env=env,
    )
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=2).request("GET", "/bg/")
                break
            except OSError:
                time.sleep(0.2)
        for path in paths[:50]:  # first request of each worker loads templates
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            conn.request("GET", path)
            conn.getresponse().read()
        results, lock = {"samples": [], "errors": 0}, threading.Lock()
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(paths, deadline, results, lock)) for _ in range(args.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        rss = {pid: peak_rss_kb(pid) for pid in worker_pids(gunicorn.pid)}
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=30)
    figures = percentiles(results["samples"])
    mode = "uncached" if args.uncached else "page cache on"
    print(f"gunicorn_load · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · {mode}"
          f" · load average {os.getloadavg()[0]:.1f}")
    print(f"{args.workers} workers × {args.clients} clients × {args.seconds} s, {len(set(paths))} distinct URLs")
    print(f"requests: {figures['n']}  ({figures['n'] / elapsed:.1f} req/s)  errors: {results['errors']}")
    print(f"latency p50 {figures['p50']:.1f} ms  p95 {figures['p95']:.1f} ms  max {figures['max']:.0f} ms")
    print(f"peak RSS per worker: max {max(rss.values()) / 1024:.0f} MiB "
          f"({', '.join(f'{v / 1024:.0f}' for v in rss.values())} MiB)")


if __name__ == "__main__":
    main()
