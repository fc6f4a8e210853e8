"""Search relevance on the demo content: MRR@10 and recall@3 per language.

Runs every row of the relevance sets (bench/relevance.py: the first set,
written with the demo, and the second, written from the card titles only; a
citizen's query and the service card that should come first) through the
search page's engine and prints, for each set apart, MRR@10 and recall@3 per
language and overall, and the misses.

    .venv/bin/python bench/search_relevance.py                      # SQLite in /tmp
    .venv/bin/python bench/search_relevance.py --database postgres://postgres@127.0.0.1:5432/x
        # PostgreSQL: a database named bench_search on that server, created afresh
    .venv/bin/python bench/search_relevance.py --set second --misses --name bench_search_mine
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
    parser.add_argument("--database", help="postgres://… server to use (database --name); default SQLite in /tmp")
    parser.add_argument("--reuse", action="store_true", help="keep the database of the previous run")
    parser.add_argument("--misses", action="store_true", help="list the queries whose card was not first")
    parser.add_argument("--set", choices=("first", "second", "both"), default="both", help="which relevance set")
    parser.add_argument("--name", default="bench_search", help="scratch database name (/tmp/NAME.sqlite3 or NAME)")
    args = parser.parse_args()
    url = _db.setup(args.database, args.name, fresh=not args.reuse)
    started = time.perf_counter()
    if not args.reuse:
        _db.migrate()
        load_demo()
    print(f"database: {_db.vendor()} ({url.split('@')[-1]}), demo ready in {time.perf_counter() - started:.0f} s")
    from bench.relevance import SETS

    for name, path in SETS.items():
        if args.set in (name, "both"):
            report(name, path, args.misses)


def report(name, path, show_misses):
    from bench.relevance import LANGUAGES, evaluate, read_rows

    figures, misses = evaluate(read_rows(path))
    print(f"\n{name} set ({path.name})")
    print(f"{'language':<9}{'queries':>8}{'MRR@10':>9}{'recall@3':>10}")
    for language in (*LANGUAGES, "all"):
        mrr, recall, n = figures[language]
        print(f"{language:<9}{n:>8}{mrr:>9.3f}{recall:>10.3f}")
    if show_misses:
        for row, rank, top in misses:
            print(f"  {row['language']} {row['kind']:<14} {row['query']!r} → {row['expected_slug']} at {rank}; top: {top}")


if __name__ == "__main__":
    main()
