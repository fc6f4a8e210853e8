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

from django.db.models import Q
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from .candidates import Candidate, is_database
from .query import QueryPlan
from .text import CYRILLIC_LANGUAGES
from .vocabulary import also_searched

MAX_CANDIDATES = 100
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-zA-Z]")


@dataclass
class Found:
    hits: list = field(default_factory=list)  # (Candidate of the visitor's language, score, language matched), best first


def other_language_pages(locale, backend: str, private):
    """Live, public, non-alias pages of the site's other languages (for `.search()` or the ranked query)."""
    # "Another locale" as two ranges, which the locale index serves: with `locale <> x` PostgreSQL
    # scans the page table, which costs nothing in itself but, priced with sequential scans disabled
    # (search.ranking.PLANNER_HINT), sends the query through the JIT compiler (0.5 s).
    other = Q(locale_id__lt=locale.pk) | Q(locale_id__gt=locale.pk)
    pages = Page.objects.live().exclude(private).filter(other)
    aliases = Page.objects.filter(other, alias_of__isnull=False).values("pk")
    if is_database(backend):
        return pages.exclude(id__in=aliases)
    return pages.exclude(id__in=list(aliases.values_list("pk", flat=True)) or [0])


def search_other_languages(text: str, locale, backend: str) -> Found:
    from modelsearch.query import PlainText

    from . import ranking

    languages = [code for code in get_content_languages() if code != locale.language_code]  # settings: no query
    plans = {language: QueryPlan.build(text, language) for language in languages}
    plans = {language: plan for language, plan in plans.items() if not plan.is_empty}
    if not plans:
        return Found()
    query = " ".join(sorted(set().union(*(plan.all_forms() for plan in plans.values()))))
    private = Page.objects.all().private_q()  # read once, for both languages' pages
    scope = other_language_pages(locale, backend, private)
    if ranking.applies(backend):
        ids = [pk for pk, _ in ranking.ranked_matches(scope, query, backend, limit=MAX_CANDIDATES)]
    else:
        ids = [page.pk for page in scope.search(PlainText(query, operator="or"), backend=backend)[:MAX_CANDIDATES]]
    if not ids:
        return Found()
    # One query: the pages found and their live, public, non-alias translations in the visitor's language.
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    here = Q(locale=locale, live=True, alias_of__isnull=True, translation_key__in=keys) & ~private
    rows = Page.objects.filter(Q(pk__in=ids) | here).values_list(*Candidate._fields, "locale_id", "locale__language_code")
    found, translations = [], {}
    for *candidate, locale_id, language in rows:
        if locale_id == locale.pk:
            translations[candidate[3]] = Candidate(*candidate)
        else:
            found.append((candidate[0], candidate[1], candidate[3], language))
    position = {pk: index for index, pk in enumerate(ids)}

    def score(row):
        pk, title, _key, language = row
        plan = plans.get(language)
        if plan is None:
            return (0.0, position.get(pk, len(position)))
        texts = (title, *also_searched(language).get(pk, ()))
        return (-max(plan.title_score(t) for t in texts), position.get(pk, len(position)))

    best: dict = {}  # translation key → (score, language) of its best page
    for row in sorted(found, key=score):
        best.setdefault(row[2], (-score(row)[0], row[3]))
    return Found(hits=[(translations[key], value, language) for key, (value, language) in best.items() if key in translations])


def other_script(text: str, language: str) -> bool:
    """Latin letters only on a Cyrillic site, or Cyrillic on a Latin one (English on /bg/, Ukrainian on /pl/)."""
    cyrillic, latin = bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))
    if language in CYRILLIC_LANGUAGES:
        return latin and not cyrillic
    return cyrillic
