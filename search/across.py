"""When nothing matched in the page's language: the same query in the other languages' text.

A citizen types "car tax" on the Bulgarian site, or Ukrainian on the Polish
one: the query is read as each other language of the site would read it
(its lemmas, stems and synonyms: one `QueryPlan` per language), all their
forms are asked of the other languages' live pages in **one** ranked query,
and each page found stands for its translation in the visitor's language
(same `translation_key`). Pages with no live translation in that language
are left out; the result is ranked like the main search (share of the query
each page's title or “also searched as” phrase carries, in its own language).

Bounded: the engine asks this once, only when the language's own search
found nothing or only passing mentions (no result's title carries a word of
the query), or the query is in the other script (Latin letters on /bg/ or
/uk/, Cyrillic on /pl/ or /en/: `other_script`) and no result carries all of
it; never with a category
filter; the typo index is not consulted (a typo in a foreign language would
only add noise). Pages found this way are listed first only when they carry
more of the query than the best page of the language's own search
(`search.engine`).
"""

import re
from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from .query import QueryPlan
from .text import CYRILLIC_LANGUAGES
from .vocabulary import also_searched

MAX_CANDIDATES = 100
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-zA-Z]")


@dataclass
class Found:
    hits: list = field(default_factory=list)  # (Candidate of the visitor's language, score, language matched), best first


def other_language_pages(locale, backend: str):
    """Live, public, non-alias pages of the site's other languages (for `.search()` or the ranked query)."""
    from .engine import _is_database

    pages = Page.objects.live().public().exclude(locale=locale)
    aliases = Page.objects.filter(alias_of__isnull=False).exclude(locale=locale).values("pk")
    if _is_database(backend):
        return pages.exclude(id__in=aliases)
    return pages.exclude(id__in=list(aliases.values_list("pk", flat=True)) or [0])


def search_other_languages(text: str, locale, backend: str) -> Found:
    from modelsearch.query import PlainText

    from . import ranking
    from .engine import Candidate, live_pages

    languages = [code for code in Locale.objects.values_list("language_code", flat=True) if code != locale.language_code]
    plans = {language: QueryPlan.build(text, language) for language in languages}
    plans = {language: plan for language, plan in plans.items() if not plan.is_empty}
    if not plans:
        return Found()
    query = " ".join(sorted(set().union(*(plan.all_forms() for plan in plans.values()))))
    scope = other_language_pages(locale, backend)
    if ranking.applies(backend):
        ids = [pk for pk, _ in ranking.ranked_matches(scope, query, backend, limit=MAX_CANDIDATES)]
    else:
        ids = [page.pk for page in scope.search(PlainText(query, operator="or"), backend=backend)[:MAX_CANDIDATES]]
    if not ids:
        return Found()
    rows = Page.objects.filter(pk__in=ids).values_list("pk", "title", "translation_key", "locale__language_code")
    position = {pk: index for index, pk in enumerate(ids)}

    def score(row):
        pk, title, _key, language = row
        plan = plans.get(language)
        if plan is None:
            return (0.0, position[pk])
        texts = (title, *also_searched(language).get(pk, ()))
        return (-max(plan.title_score(t) for t in texts), position[pk])

    best: dict = {}  # translation key → (score, language) of its best page
    for row in sorted(rows, key=score):
        best.setdefault(row[2], (-score(row)[0], row[3]))
    here = live_pages(Page, locale, "database").filter(translation_key__in=list(best)).values_list(*Candidate._fields)
    by_key = {row[3]: Candidate(*row) for row in here}
    return Found(hits=[(by_key[key], value, language) for key, (value, language) in best.items() if key in by_key])


def other_script(text: str, language: str) -> bool:
    """Latin letters only on a Cyrillic site, or Cyrillic on a Latin one (English on /bg/, Ukrainian on /pl/)."""
    cyrillic, latin = bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))
    if language in CYRILLIC_LANGUAGES:
        return latin and not cyrillic
    return cyrillic
