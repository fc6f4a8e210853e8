"""Shared by the benchmarks: Django set-up, the prepared database, timing figures."""

import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SERVICES = int(os.environ.get("BENCH_SERVICES", "10000"))


def setup():
    sys.path.insert(0, str(REPO))
    os.chdir(REPO)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import gc

    import django

    django.setup()
    gc.collect()
    gc.freeze()  # as cms/wsgi.py does after start-up


def prepare(services=SERVICES, log=print):
    """Migrate, load the demo, generate `services` cards, 2,000 NGO entries, 50 plans of 40
    items and one plan of 100 items in four languages, and index them (once: a prepared
    database is reused; a family missing from an older bench database is added)."""
    from django.core.management import call_command

    from registry_pages.models import ActionItemPage, NGOEntryPage, ServiceCardPage

    call_command("migrate", verbosity=0)
    try:
        have = ServiceCardPage.objects.filter(locale__language_code="bg").count()
    except Exception:  # noqa: BLE001 - a fresh database has no tables yet
        have = 0
    runs = []
    if have < services:
        call_command("load_demo", stdout=open(os.devnull, "w"))
        runs.append(["--services", str(services), "--ngos", "2000", "--plans", "50", "--items-per-plan", "40"])
    elif not NGOEntryPage.objects.filter(slug__endswith="-2000", locale__language_code="bg").exists():
        runs.append(["--ngos", "2000"])
    if not ActionItemPage.objects.filter(slug="zadacha-6-16", locale__language_code="bg").exists():  # 100 items
        runs.append(["--plans", "1", "--items-per-plan", "100"])
    if not runs:
        return
    started = time.monotonic()
    log("Preparing the bench database (demo + generated load + search index)…")
    for counts in runs:
        call_command("generate_portal_load", "--force", *counts, "--languages", "bg,pl,uk,en")
    call_command("update_index", stdout=open(os.devnull, "w"))
    log(f"Prepared in {time.monotonic() - started:.0f} s.")


def percentiles(samples_ms):
    ordered = sorted(samples_ms)

    def pick(q):
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    return {"p50": statistics.median(ordered), "p95": pick(0.95), "max": ordered[-1], "n": len(ordered)}


def machine() -> str:
    import platform

    cpus = os.cpu_count()
    return f"{platform.node()} · {platform.processor() or platform.machine()} · {cpus} cores · Python {platform.python_version()}"


def database_label() -> str:
    from django.db import connection

    return f"{connection.vendor} {connection.settings_dict['NAME']}"


def timed_get(client, url):
    """GET `url`: (response, wall ms, CPU ms of this process, SQL queries)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000
    return response, wall, cpu, len(captured)


def backend_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (a PostgreSQL backend on this host); 0 once it has exited."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
