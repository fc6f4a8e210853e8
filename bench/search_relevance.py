"""Search relevance on the demo content: MRR@10 and recall@3 per language.

Runs every row of tests/data/search_queries.tsv (a citizen's query and the
service card that should come first) through the search page's engine and
prints MRR@10 and recall@3 per language and overall, and the misses.

    .venv/bin/python bench/search_relevance.py                      # SQLite in /tmp
    .venv/bin/python bench/search_relevance.py --database postgres://postgres@127.0.0.1:5432/x
        # PostgreSQL: a database named bench_search on that server, created afresh
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _db  # noqa: E402


def load_demo():
    from django.core.management import call_command

    call_command("load_demo", stdout=open(os.devnull, "w"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", help="postgres://… server to use (database bench_search); default SQLite in /tmp")
    parser.add_argument("--reuse", action="store_true", help="keep the database of the previous run")
    parser.add_argument("--misses", action="store_true", help="list the queries whose card was not first")
    args = parser.parse_args()
    url = _db.setup(args.database, "bench_search", fresh=not args.reuse)
    started = time.perf_counter()
    if not args.reuse:
        _db.migrate()
        load_demo()
    print(f"database: {_db.vendor()} ({url.split('@')[-1]}), demo ready in {time.perf_counter() - started:.0f} s")
    from bench.relevance import LANGUAGES, evaluate, read_rows

    figures, misses = evaluate(read_rows())
    print(f"{'language':<9}{'queries':>8}{'MRR@10':>9}{'recall@3':>10}")
    for language in (*LANGUAGES, "all"):
        mrr, recall, n = figures[language]
        print(f"{language:<9}{n:>8}{mrr:>9.3f}{recall:>10.3f}")
    if args.misses:
        for row, rank, top in misses:
            print(f"  {row['language']} {row['kind']:<13} {row['query']!r} → {row['expected_slug']} at {rank}; top: {top}")


if __name__ == "__main__":
    main()
