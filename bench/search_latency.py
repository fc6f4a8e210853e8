"""Search latency with 10,000 service cards in four languages.

Generates 2,500 cards per language (titles and summaries recombined from the
demo catalogue's words, so queries hit hundreds of cards) straight into a
throwaway database — page rows in bulk, no revisions — indexes them with the
database backend, then times the search engine (the search page's work:
facets, candidates, re-ranking, typo fallback) for the relevance set's
queries, and prints p50/p95 per language and overall.

    .venv/bin/python bench/search_latency.py                      # SQLite in /tmp
    .venv/bin/python bench/search_latency.py --database postgres://postgres@127.0.0.1:5432/x
        # PostgreSQL: a database named bench_search_latency on that server, created afresh
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _db  # noqa: E402

LANGUAGES = ("bg", "pl", "uk", "en")


def _demo_texts(language):
    from portal_demo.content.data.services import SERVICES

    titles = [s["title"].in_language(language) for s in SERVICES]
    summaries = [s["summary"].in_language(language) for s in SERVICES]
    return titles, summaries


def generate(total: int, seed: int = 7) -> int:
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from wagtail.models import Locale, Page

    from portal_demo.treebeard_adapter import child_path
    from registry_pages.models import ServiceCardPage, ServiceCategory, ServiceIndexPage

    rng = random.Random(seed)
    root = Page.get_first_root_node()
    card_type = ContentType.objects.get_for_model(ServiceCardPage)
    per_language = total // len(LANGUAGES)
    with transaction.atomic():
        for language in LANGUAGES:
            locale, _ = Locale.objects.get_or_create(language_code=language)
            index = root.add_child(instance=ServiceIndexPage(title=f"Services {language}", slug=f"services-{language}",
                                                             locale=locale))
            categories = [ServiceCategory.objects.create(name=f"{language} {n}", locale=locale) for n in range(6)]
            titles, summaries = _demo_texts(language)
            pages = []
            for n in range(per_language):
                words = rng.choice(titles).split() + rng.choice(titles).split()[:2]
                title = f"{' '.join(words)} {n}"
                pages.append(
                    Page(
                        title=title, draft_title=title, slug=f"card-{n}", locale=locale, content_type=card_type,
                        path=child_path(index, n + 1), depth=index.depth + 1,
                        numchild=0, live=True, url_path=f"{index.url_path}card-{n}/",
                    )
                )
            pages = Page.objects.bulk_create(pages, batch_size=500)
            for page in pages:
                card = ServiceCardPage(page_ptr_id=page.pk, summary=" ".join(rng.sample(summaries, 2)),
                                       category=rng.choice(categories), no_documents_required=True)
                card.__dict__.update({f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
                card.save_base(raw=True, force_insert=True)
            Page.objects.filter(pk=index.pk).update(numchild=per_language)
    return per_language * len(LANGUAGES)


def index_all() -> float:
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("wagtail_update_index", verbosity=0, chunk_size=1000)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # What autovacuum does within a minute of a bulk load: indexing leaves two dead
            # rows per entry, and until they are vacuumed the planner scans the whole table.
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def measure(rounds: int):
    from wagtail.models import Locale

    from bench.relevance import read_rows
    from search.engine import search

    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
    rows = read_rows()
    for language in LANGUAGES:  # warm the process caches (word dictionaries load on first use)
        for row in [row for row in rows if row["language"] == language][:3]:
            search(row["query"], locales[language])
    timings = {language: [] for language in LANGUAGES}
    results = []
    for _ in range(rounds):
        for row in rows:
            started = time.perf_counter()
            outcome = search(row["query"], locales[row["language"]])
            timings[row["language"]].append((time.perf_counter() - started) * 1000)
            results.append(outcome.total)
    return timings, results


def _p(values, q):
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", help="postgres://… server (database bench_search_latency); default SQLite in /tmp")
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="keep the database of an earlier run if it has the cards")
    parser.add_argument("--name", default="bench_search_latency", help="scratch database name (/tmp/NAME.sqlite3 or NAME)")
    args = parser.parse_args()
    url = _db.setup(args.database, args.name, fresh=not args.reuse)
    _db.migrate()
    from registry_pages.models import ServiceCardPage

    existing = ServiceCardPage.objects.count()
    if args.reuse and existing >= args.cards:
        print(f"database: {_db.vendor()} ({url.split('@')[-1]}); reusing {existing} cards")
    else:
        started = time.perf_counter()
        created = generate(args.cards)
        generated = time.perf_counter() - started
        indexed = index_all()
        print(f"database: {_db.vendor()} ({url.split('@')[-1]}); {created} cards generated in {generated:.1f} s, "
              f"indexed in {indexed:.1f} s")
    timings, totals = measure(args.rounds)
    print(f"median results per query: {statistics.median(totals):.0f}")
    print(f"{'language':<9}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}")
    everything = []
    for language in LANGUAGES:
        values = timings[language]
        everything += values
        print(f"{language:<9}{len(values):>8}{_p(values, 50):>9.1f}{_p(values, 95):>9.1f}")
    print(f"{'all':<9}{len(everything):>8}{_p(everything, 50):>9.1f}{_p(everything, 95):>9.1f}")


if __name__ == "__main__":
    main()
