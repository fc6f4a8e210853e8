"""The portal and the Plone 6.2 peer side by side: same machine, same client, alternating runs.

    .venv/bin/python bench/plone_side_by_side.py [--peer DIR] [--plone-dir DIR] [--rounds 2]
        [--n 300] [--clients 4] [--seconds 20] [--workers 2] [--uncached]

`--peer` (or `PLONE_PEER`; default `../shared/peers/plone` beside the checkout) is the peer's
folder: its `measure.py` is the client for both systems, run from where it lies.
`--plone-dir` (or `PLONE_PEER_DIR`; default `$TMPDIR/plone-peer`) is where the peer's
`recipe.sh` installed Plone and built its site. Without either, the script says so and
exits without measuring (it installs nothing).

Starts gunicorn as in production (`cms/gunicorn.conf.py`: preloaded, frozen master) on the
bench database (bench/settings.py) and Plone's `runwsgi`, both on
127.0.0.1, then for each pair (service card vs Plone document, search vs Plone search)
runs `measure.py` on the portal, then on Plone, `--rounds` times, and prints p50/p95,
req/s and the server CPU-seconds per request (user + system time of the server's
processes, from /proc; for the portal on PostgreSQL also the backends serving its
connections, as Plone's ZODB works inside its own process) with the portal/Plone ratios. Stops both servers by their PIDs.
"""

import argparse
import http.client
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from common import REPO, backend_cpu_seconds, machine, prepare, setup

PORT = 8157
PLONE_PORT = 8080
PAIRS = (
    ("service card / document", None, "/Plone/docs/doc-10"),
    ("search", "/bg/search/?q=удостоверение", "/Plone/@@search?SearchableText=certificate"),
)
RESULT = re.compile(r"p50 ([\d.]+) ms\s+p95 ([\d.]+) ms.*throughput ([\d.]+) req/s.*errors (\d+)")


def _paths(args):
    peer = Path(args.peer or os.environ.get("PLONE_PEER") or REPO.parent / "shared" / "peers" / "plone")
    plone = Path(args.plone_dir or os.environ.get("PLONE_PEER_DIR") or Path(os.environ.get("TMPDIR", "/tmp")) / "plone-peer")
    return peer, plone


def _skip_reason(peer: Path, plone: Path) -> str:
    if not (peer / "measure.py").is_file():
        return f"no Plone peer folder at {peer} (measure.py missing): give --peer or PLONE_PEER."
    if not (plone / "venv" / "bin" / "runwsgi").exists() or not (plone / "instance" / "etc" / "zope.ini").is_file():
        return (f"Plone is not installed in {plone}: run `{peer / 'recipe.sh'} {plone}` once "
                "(≈ 7 min, from PyPI), or give --plone-dir / PLONE_PEER_DIR.")
    return ""


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (alive ones and reaped ones)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid] + [int(p) for p in subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout.split()]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += sum(int(value) for value in fields[11:15]) / ticks  # utime, stime, cutime, cstime
    return total


def _wait(port: int, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path)
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"nothing answers on 127.0.0.1:{port}")


def _database_backends() -> list[int]:
    """PostgreSQL backends serving the bench database, other than this script's own (the
    gunicorn workers' persistent connections): their CPU is the portal's too. [] on SQLite."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        return [row[0] for row in cursor.fetchall()]


def _backends_cpu(pids) -> float:
    return sum(backend_cpu_seconds(pid) for pid in pids)


def _measure(peer: Path, server_pid: int, url: str, args, database: bool = False) -> dict:
    before = _cpu_seconds(server_pid)
    backends = _database_backends() if database else []
    db_before = _backends_cpu(backends)
    out = subprocess.run(
        [sys.executable, str(peer / "measure.py"), url, str(args.n), str(args.clients), str(args.seconds)],
        capture_output=True, text=True, check=True,
    ).stdout
    cpu = _cpu_seconds(server_pid) - before
    new = [pid for pid in _database_backends() if pid not in backends] if database else []
    db_cpu = _backends_cpu(backends) - db_before + _backends_cpu(new)  # connections opened during the run: all theirs
    match = RESULT.search(out)
    if not match:
        raise SystemExit(f"unexpected output of measure.py: {out!r}")
    p50, p95, rps, errors = float(match[1]), float(match[2]), float(match[3]), int(match[4])
    requests = args.n + 5 + rps * args.seconds  # warm-up, sequential, concurrent
    return {"p50": p50, "p95": p95, "rps": rps, "errors": errors, "cpu": (cpu + db_cpu) / requests, "db": db_cpu / requests}


def _median(runs, field):
    return statistics.median(run[field] for run in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", default="")
    parser.add_argument("--plone-dir", default="")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--uncached", action="store_true", help="the portal's page cache off (PORTAL_PAGE_CACHE_TIMEOUT=0)")
    args = parser.parse_args()
    peer, plone = _paths(args)
    reason = _skip_reason(peer, plone)
    if reason:
        print(f"Skipped: {reason}")
        return
    setup()
    prepare()
    from registry_pages.models import ServiceCardPage

    card = ServiceCardPage.objects.live().filter(locale__language_code="bg").order_by("pk").first().url
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="bench.settings", PYTHONPATH=str(REPO))
    if args.uncached:
        env["PORTAL_PAGE_CACHE_TIMEOUT"] = "0"
    portal = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--config", "cms/gunicorn.conf.py",  # as in production
         "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(args.workers), "--timeout", "60", "--log-level", "warning"], cwd=REPO, env=env)
    server_log = open(plone / "side-by-side.log", "w")
    zope = subprocess.Popen([str(plone / "venv" / "bin" / "runwsgi"), "instance/etc/zope.ini"], cwd=plone,
                            stdout=server_log, stderr=subprocess.STDOUT)
    results = {}
    try:
        _wait(PORT, "/bg/")
        _wait(PLONE_PORT, "/Plone")
        for label, ours, theirs in PAIRS:
            ours_url = f"http://127.0.0.1:{PORT}{quote(ours or card, safe='/?=&%')}"
            theirs_url = f"http://127.0.0.1:{PLONE_PORT}{theirs}"
            runs = {"portal": [], "plone": []}
            for _ in range(args.rounds):
                runs["portal"].append(_measure(peer, portal.pid, ours_url, args, database=True))
                runs["plone"].append(_measure(peer, zope.pid, theirs_url, args))
            results[label] = runs
    finally:
        for process in (portal, zope):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        server_log.close()
    mode = "page cache off" if args.uncached else "page cache on"
    print(f"plone_side_by_side · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · portal {mode},"
          f" {args.workers} gunicorn workers · load average {os.getloadavg()[0]:.1f}")
    print(f"measure.py n={args.n} clients={args.clients} seconds={args.seconds:g}, {args.rounds} alternating rounds (medians)")
    print("CPU ms/request: the server's processes, plus for the portal the PostgreSQL backends serving it (in brackets)")
    print("| pair | system | p50 ms | p95 ms | req/s | CPU ms/request | errors |")
    print("|---|---|---|---|---|---|---|")
    for label, runs in results.items():
        for system in ("portal", "plone"):
            r = runs[system]
            db = f" ({1000 * _median(r, 'db'):.2f})" if system == "portal" and _median(r, "db") else ""
            print(f"| {label} | {system} | {_median(r, 'p50'):.1f} | {_median(r, 'p95'):.1f} | {_median(r, 'rps'):.1f}"
                  f" | {1000 * _median(r, 'cpu'):.2f}{db} | {sum(x['errors'] for x in r)} |")
        ours, theirs = runs["portal"], runs["plone"]
        print(f"| {label} | **portal ÷ Plone** | {_median(ours, 'p50') / _median(theirs, 'p50'):.2f}"
              f" | {_median(ours, 'p95') / _median(theirs, 'p95'):.2f} | {_median(ours, 'rps') / _median(theirs, 'rps'):.2f}"
              f" | {_median(ours, 'cpu') / max(_median(theirs, 'cpu'), 1e-9):.2f} | |")


if __name__ == "__main__":
    main()
