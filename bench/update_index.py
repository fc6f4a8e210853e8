"""`update_index` throughput on the database search backend (pages per second).

    .venv/bin/python bench/update_index.py

Rebuilds the index of the bench database (all pages, four languages).
"""

import io
import os
import time

from common import database_label, machine, prepare, setup


def main():
    setup()
    prepare()
    from django.core.management import call_command
    from wagtail.models import Page

    pages = Page.objects.count()
    started = time.monotonic()
    out = io.StringIO()
    call_command("update_index", stdout=out, stderr=io.StringIO())
    elapsed = time.monotonic() - started
    indexed = sum(int(line.split("indexed")[1].split()[0]) for line in out.getvalue().splitlines() if "indexed" in line)
    print(f"update_index · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · {database_label()}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{indexed} objects ({pages} pages) in {elapsed:.1f} s: {indexed / elapsed:.0f} objects/s")


if __name__ == "__main__":
    main()
