"""Anonymous page render through Django's test client: p50/p95 and SQL queries, uncached and cached.

    .venv/bin/python bench/page_render.py [--rounds 40]

Uses the bench database (bench/settings.py; prepared on first run: demo +
BENCH_SERVICES (10,000) generated services, 2,000 NGO entries, 50 plans of 40
items and one of 100, in bg, pl, uk, en + search index).
"""

import argparse
import os
import time

from common import database_label, machine, percentiles, prepare, setup, timed_get


def targets():
    from django.apps import apps

    from registry_pages.models import ServiceCardPage, ServiceIndexPage

    generated = ServiceIndexPage.objects.get(slug="services-generated", locale__language_code="bg")
    demo = ServiceIndexPage.objects.exclude(pk=generated.pk).filter(locale__language_code="bg").first()
    cards = list(ServiceCardPage.objects.child_of(generated).order_by("?")[:40])
    category = cards[0].category_id
    n = f"{generated.get_children().count():,}"
    rows = [
        ("home /bg/", ["/bg/"], 1),
        ("service card (generated, bg)", [c.url for c in cards], 1),
        ("service card (generated, en)", [c.get_translation(c.locale.__class__.objects.get(language_code="en")).url
                                          for c in cards[:10]], 1),
        ("service catalogue (demo, ~40 cards)", [demo.url], 1),
        (f"catalogue {n} cards: all", [generated.url], 8),
        (f"catalogue {n} cards: ?category=", [f"{generated.url}?category={category}"], 4),
        (f"catalogue {n} cards: ?letter=Р", [f"{generated.url}?letter=Р"], 4),
        ("search /bg/search/?q=…", [f"/bg/search/?q={q}" for q in (
            "удостоверение", "разрешение пчелин", "данък", "паркомясто", "скица", "реклама фасада", "гробно място",
            "дърво двор")], 1),
        ("search page 3", ["/bg/search/?q=удостоверение&page=3"], 1),
    ]
    # The generated register (2,000 entries), not the demo's; the plan with the most items
    # (`prepare` generates one with 100).
    for label, model_name, pick in (
        ("NGO register (2,000 entries, paginated)", "NGORegisterPage", _largest),
        ("action plan (100 items)", "ActionPlanPage", _largest),
    ):
        try:
            model = apps.get_model("registry_pages", model_name)
        except LookupError:
            rows.append((label, None, 0))
            continue
        page = pick(model)
        rows.append((label, [page.url] if page else None, 1))
        if page is not None:
            rows.append((label.split(" (")[0] + ", en", [page.get_translation(page.locale.__class__.objects.get(
                language_code="en")).url], 1))
    return rows


def _largest(model):
    """The live page of `model` in Bulgarian with the most children."""
    from django.db.models import Count, OuterRef, Subquery
    from wagtail.models import Page

    children = (Page.objects.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
                .order_by().values("depth").annotate(n=Count("pk")).values("n"))
    return (model.objects.live().filter(locale__language_code="bg")
            .annotate(children=Subquery(children)).order_by("-children", "path").first())


def measure(client, urls, rounds):

    samples, cpu, queries = [], [], 0
    for n in range(rounds):
        url = urls[n % len(urls)]
        response, wall, cpu_ms, count = timed_get(client, url)
        samples.append(wall)
        cpu.append(cpu_ms)
        assert response.status_code == 200, (url, response.status_code)
        queries = max(queries, count)
    figures = percentiles(samples)
    figures["cpu_p95"] = percentiles(cpu)["p95"]
    return figures, queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    setup()
    prepare()
    from django.core.cache import cache
    from django.test import Client, override_settings

    print(f"page_render · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · {database_label()}"
          f" · load average {os.getloadavg()[0]:.1f}")
    print("wall-clock p50/p95; 'cpu p95' = CPU time of this process (what an idle machine would take, SQLite included)")
    print(f"{'page':<42} {'uncached p50':>12} {'p95':>8} {'cpu p95':>8} {'queries':>8} │ "
          f"{'cached p50':>10} {'p95':>8} {'cpu p95':>8} {'queries':>8}")
    for label, urls, weight in targets():
        if urls is None:
            print(f"{label:<42} n/a: page type not on this branch")
            continue
        rounds = max(3, args.rounds // weight) if weight > 1 else args.rounds
        with override_settings(REGISTRY_PAGE_CACHE_TIMEOUT=0):
            client = Client()
            client.get(urls[0])  # warm process-level caches (site root paths, templates)
            cold, cold_q = measure(client, urls, rounds)
        with override_settings(REGISTRY_PAGE_CACHE_TIMEOUT=600):
            cache.clear()
            client = Client()
            for url in urls:
                client.get(url)
            warm, warm_q = measure(client, urls, max(args.rounds, 100))
        print(f"{label:<42} {cold['p50']:>10.1f}ms {cold['p95']:>6.1f}ms {cold['cpu_p95']:>6.1f}ms {cold_q:>8} │ "
              f"{warm['p50']:>8.2f}ms {warm['p95']:>6.2f}ms {warm['cpu_p95']:>6.2f}ms {warm_q:>8}")


if __name__ == "__main__":
    main()
