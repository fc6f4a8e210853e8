"""Admin views at city size: the page explorer of a section with 10,000 children, and reports.

    .venv/bin/python bench/admin.py [--rounds 10]

Logged in as a superuser through Django's test client: p50/p95 and SQL queries.
The action-item report is `registry_pages_action_plans:report` (registry_pages/action_plans/wagtail_hooks.py).
"""

import argparse
import os
import time

from common import database_label, machine, percentiles, prepare, setup


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    setup()
    prepare()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse

    from registry_pages.models import ServiceIndexPage

    user, _ = get_user_model().objects.get_or_create(username="bench_admin", defaults={"is_superuser": True, "is_staff": True})
    client = Client()
    client.force_login(user)
    section = ServiceIndexPage.objects.get(slug="services-generated", locale__language_code="bg")
    rows = [
        (f"explorer: {section.get_children().count()} children", reverse("wagtailadmin_explore", args=[section.pk])),
        ("explorer: page 100", reverse("wagtailadmin_explore", args=[section.pk]) + "?p=100"),
        ("explorer: ordered by title", reverse("wagtailadmin_explore", args=[section.pk]) + "?ordering=title"),
        ("search in explorer", reverse("wagtailadmin_explore", args=[section.pk]) + "?q=пчелин"),
        ("edit a service card", reverse("wagtailadmin_pages:edit", args=[section.get_children().last().pk])),
        ("dashboard", reverse("wagtailadmin_home")),
    ]
    for label, name in (("report: aging pages", "wagtailadmin_reports:aging_pages"),
                        ("report: page types usage", "wagtailadmin_reports:page_types_usage"),
                        ("report: action items", "registry_pages_action_plans:report")):
        try:
            rows.append((label, reverse(name)))
        except NoReverseMatch:
            rows.append((label, None))
    print(f"admin · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · {database_label()}"
          f" · load average {os.getloadavg()[0]:.1f}")
    print(f"{'view':<36} {'p50':>9} {'p95':>9} {'queries':>8}")
    for label, url in rows:
        if url is None:
            print(f"{label:<36} n/a (not on this branch)")
            continue
        client.get(url)
        samples, queries = [], 0
        for _ in range(args.rounds):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries = max(queries, len(captured))
        figures = percentiles(samples)
        print(f"{label:<36} {figures['p50']:>7.0f}ms {figures['p95']:>7.0f}ms {queries:>8}")


if __name__ == "__main__":
    main()
