"""The service catalogue alone, uncached, through Django's test client: p50/p95 and SQL queries.

    BENCH_DATABASE_URL=sqlite:////tmp/<yours>.sqlite3 .venv/bin/python bench/catalogue_render.py [--rounds 20]

Uses the bench database (bench/settings.py, prepared as for page_render.py).
"""

import argparse
import os
import time

from common import database_label, machine, prepare, setup
from page_render import measure


def targets():
    from registry_pages.models import ServiceCardPage, ServiceIndexPage

    generated = ServiceIndexPage.objects.get(slug="services-generated", locale__language_code="bg")
    demo = ServiceIndexPage.objects.exclude(pk=generated.pk).filter(locale__language_code="bg").first()
    category = ServiceCardPage.objects.child_of(generated).values_list("category_id", flat=True).first()
    cards = ServiceCardPage.objects.child_of(generated).count()
    rows = [
        ("demo catalogue (bg)", demo.url),
        (f"{cards} cards: all", generated.url),
        (f"{cards} cards: ?category=", f"{generated.url}?category={category}"),
        (f"{cards} cards: ?category=&page=3", f"{generated.url}?category={category}&page=3"),
        (f"{cards} cards: ?letter=Р", f"{generated.url}?letter=Р"),
        (f"{cards} cards: ?letter=Р&page=2", f"{generated.url}?letter=Р&page=2"),
    ]
    en = generated.get_translations().filter(locale__language_code="en").first()
    if en is not None:
        rows.append((f"{cards} cards: all (en)", en.url))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    setup()
    prepare()
    from django.test import Client, override_settings

    print(f"catalogue_render · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · {database_label()}"
          f" · load average {os.getloadavg()[0]:.1f}")
    print(f"{'page':<40} {'uncached p50':>12} {'p95':>8} {'cpu p95':>8} {'queries':>8} {'bytes':>9}")
    with override_settings(REGISTRY_PAGE_CACHE_TIMEOUT=0):
        for label, url in targets():
            client = Client()
            size = len(client.get(url).content)  # warm process-level caches
            figures, queries = measure(client, [url], args.rounds)
            print(f"{label:<40} {figures['p50']:>10.1f}ms {figures['p95']:>6.1f}ms {figures['cpu_p95']:>6.1f}ms"
                  f" {queries:>8} {size:>9}")


if __name__ == "__main__":
    main()
