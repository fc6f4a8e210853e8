"""Run a citizen's query: which backend, which pages, in which order.

- Pages of the current locale only, live and public, never alias pages (an
  untranslated alias shows another language's text): aliases are excluded by
  id, the one way Wagtail's search backends accept (`Page.search_fields` has
  no `alias_of` filter field).
- The backend gets the expanded query (`search.query.QueryPlan`) OR-ed; the
  top MAX_CANDIDATES are re-ranked by how much of the query the title carries,
  so a card titled with the citizen's words comes first on every backend.
- Typos: a query word that no title or synonym of the language contains is
  looked up one edit away in the cached title index (`search.vocabulary`), and
  the corrections join the query. Elasticsearch also matches the words as
  typed fuzzily (`Fuzzy`: one edit for words of 3–5 letters, two for longer).
- With ELASTICSEARCH_URL the language's Elasticsearch backend answers; when
  it cannot be reached the database backend answers (through this module's
  ranked path, not the backend's generic fallback: `raising_errors`) and a
  warning is logged.
"""

import logging
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from modelsearch.query import Fuzzy, PlainText
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from . import known
from .across import other_script
from .backends import language_backend_name
from .candidates import is_database as _is_database
from .es_backend import ClusterUnreachable, raising_errors
from .groups import OTHER, SERVICES, group_content_type_ids, group_of_content_type
from .query import QueryPlan
from .text import whole_forms
from .vocabulary import also_searched, title_index, view_restrictions

logger = logging.getLogger(__name__)

MAX_CANDIDATES = 100
SERVICE_BONUS = 0.05


@dataclass
class Outcome:
    plan: QueryPlan
    hits: list = field(default_factory=list)
    total: int = 0
    group_counts: dict = field(default_factory=dict)
    category_counts: dict = field(default_factory=dict)
    backend: str = "default"
    corrected: list = field(default_factory=list)
    via_languages: list = field(default_factory=list)  # languages whose text found the first results
    via_only: bool = False  # … and this language's own search found nothing (search.across)


def backend_names(language: str) -> tuple[str, str | None]:
    """The backend to ask first for a language and the one to fall back on."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    name = language_backend_name(language)
    if name in backends:
        return name, "database" if "database" in backends else None
    return "default", None




def live_pages(model, locale, backend: str = "default"):
    """Live, public, non-alias pages of `model` in `locale`, ready for `.search()`."""
    pages = model.objects.live().exclude(_private_q()).filter(locale=locale)
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).values("pk")
    if _is_database(backend):
        return pages.exclude(id__in=aliases)  # a subquery: no extra query
    alias_ids = list(aliases.values_list("pk", flat=True))  # Elasticsearch needs the ids themselves
    return pages.exclude(id__in=alias_ids) if alias_ids else pages


def _private_q() -> Q:
    """What `PageQuerySet.public()` excludes, from the cached view restrictions (no query)."""
    private = Q()
    for path, depth in view_restrictions():
        private |= Q(path__startswith=path) & Q(depth__gte=depth)
    return private if private else Q(pk__in=[])


def backend_query(plan: QueryPlan, backend: str):
    """Every form of the query OR-ed; on Elasticsearch, or the words as typed, fuzzily."""
    query = PlainText(plan.backend_query(), operator="or")
    if _is_database(backend):
        return query
    return query | Fuzzy(" ".join(concept.word for concept in plan.concepts), operator="or")


def correct_typos(plan: QueryPlan) -> list[str]:
    index = title_index(plan.language)
    corrected = {}
    for position, concept in enumerate(plan.concepts):
        if concept.word.isdigit() or any(form in index for form in concept.all):
            continue
        found = index.corrections(concept.word)
        if not found and concept.cyrillic:
            found = index.corrections(concept.cyrillic)
        if found:
            corrected[position] = found
    plan.add_corrections(corrected)
    return [word for found in corrected.values() for word in found]


def families_of_unknown_words(plan: QueryPlan) -> dict[int, set[str]]:
    """A word family is a fallback, like a typo correction, and it is asked only when needed: the
    families of the query words that no title, phrase or synonym of the language carries ("spadek"
    where titles say "spadkobiercy"), taken out of the plan; `search` puts them back for a second
    query when the first found nothing whose title carries a word of the query. A known word is
    asked as itself (its family would only reorder pages that carry the word already)."""
    index = title_index(plan.language)
    kept = {}
    for position, concept in enumerate(plan.concepts):
        if concept.family and not any(form in index for form in concept.all):
            kept[position] = concept.family
        concept.family = set()
    return kept


def query_word_forms(text: str, language: str) -> list[set[str]]:
    """REGISTRY_QUERY_WORDS_FUNCTION: the add-on's register search reads a query as this search does —
    per meaningful word its folded forms, lemma, stem, word family, transliteration and typo corrections
    (synonyms, which may span several words, stay the main search's)."""
    plan = QueryPlan.build(text, language)
    correct_typos(plan)
    return [concept.all | concept.family for concept in plan.concepts]


def search(text: str, locale, group: str = "", category_id: int | None = None) -> Outcome:
    plan = QueryPlan.build(text, locale.language_code)
    outcome = Outcome(plan=plan)
    if plan.is_empty:
        return outcome
    families = families_of_unknown_words(plan)
    outcome.corrected = correct_typos(plan)
    primary, fallback = backend_names(locale.language_code)
    _answer(outcome, locale, group, category_id, primary, fallback)
    # Nothing, or passing mentions only: once more with the families — unless the query is in the other
    # script, which the other languages' text reads better (and the page stays within its query budget).
    if families and _best(outcome) == 0.0 and not other_script(text, locale.language_code):
        for position, found in families.items():
            plan.concepts[position].family = found
        _answer(outcome, locale, group, category_id, outcome.backend, fallback)
    if not category_id:
        _add_other_languages(outcome, text, locale, group, fallback)
    return outcome


def _answer(outcome: Outcome, locale, group: str, category_id, primary: str, fallback) -> None:
    outcome.hits, outcome.group_counts, outcome.category_counts = [], {}, {}
    try:
        with raising_errors():
            _run(outcome, locale, group, category_id, primary)
    except Exception as error:  # the cluster is down, times out or refuses: answer from the database
        if fallback is None or primary == fallback:
            raise
        # Once per outage window: while the breaker is open the cluster is not even asked (cms/outage.py).
        log = logger.debug if isinstance(error, ClusterUnreachable) else logger.warning
        log("Search backend %r failed (%s); answering from %r.", primary, error, fallback)
        outcome.hits, outcome.group_counts, outcome.category_counts = [], {}, {}
        _run(outcome, locale, group, category_id, fallback)


def _best(outcome: Outcome) -> float:
    return _best_score(outcome.plan, outcome.hits[0]) if outcome.hits else 0.0


def _best_score(plan: QueryPlan, page) -> float:
    """How much of the query the page's title or one of its “also searched as” phrases carries."""
    return max(plan.title_score(t) for t in (page.title, *also_searched(plan.language).get(page.pk, ())))


def _foreign_word(plan: QueryPlan, language: str) -> bool:
    """Whether a query word unknown to this language's titles, phrases and synonyms is known to another
    language's (in memory, no query): "tax" on /pl/, a Bulgarian word on /uk/. A query whose words
    no language's titles know found passing mentions here, and would find only passing mentions there."""
    own = title_index(language)
    unknown = [concept.word for concept in plan.concepts if not any(form in own for form in concept.all)]
    for other in get_content_languages():
        if other == language or not unknown:
            continue
        index = title_index(other)
        if any(form in index for word in unknown for form in whole_forms(word, other)):
            return True
    return False


def _add_other_languages(outcome: Outcome, text: str, locale, group: str, fallback) -> None:
    """Pages found through another language's text (search.across) first, when this language found
    nothing, only passing mentions, or — for a query in the other script — no page carrying all of it;
    and only pages that carry more of the query than this language's best."""
    from .across import search_other_languages

    native_best = _best(outcome)
    language = locale.language_code
    if outcome.hits and (native_best >= 1.0 or native_best > 0 and not other_script(text, language)):
        return  # a page of this language carries the query (all of it, or part of it in its script)
    if outcome.hits and not other_script(text, language) and not _foreign_word(outcome.plan, language):
        return  # passing mentions of words this language's titles do not carry, and no other language's do
    try:
        with raising_errors():
            found = search_other_languages(text, locale, outcome.backend)
    except Exception as error:
        if fallback is None or outcome.backend == fallback:
            raise
        logger.debug("Search backend %r failed (%s); other languages from %r.", outcome.backend, error, fallback)
        found = search_other_languages(text, locale, fallback)
    groups = group_content_type_ids()
    # Pages whose title carries part of the query, if there are any (passing mentions are noise in a
    # language the visitor did not type in); and only those carrying more than this language's best.
    floor = native_best if outcome.hits else (0.0 if any(score > 0 for _, score, _ in found.hits) else -1.0)
    better = [(page, language) for page, score, language in found.hits if score > floor]
    native = {page.pk for page in outcome.hits}
    for page, _language in better:
        if page.pk not in native:
            key = group_of_content_type(page.content_type_id, groups)
            outcome.group_counts[key] = outcome.group_counts.get(key, 0) + 1
    shown = [(page, language) for page, language in better
             if not group or group_of_content_type(page.content_type_id, groups) == group]
    if not shown:
        return
    moved = {page.pk for page, _language in shown}
    outcome.total += sum(1 for pk in moved if pk not in native)
    outcome.via_only = not outcome.hits
    outcome.hits = [page for page, _language in shown] + [page for page in outcome.hits if page.pk not in moved]
    outcome.via_languages = list(dict.fromkeys(language for _page, language in shown))


def _run(outcome: Outcome, locale, group: str, category_id, backend: str) -> None:
    from registry_pages.models import ServiceCardPage

    from . import ranking

    outcome.backend = backend
    query = backend_query(outcome.plan, backend)
    groups = group_content_type_ids()

    def build_scope():
        if category_id:
            return live_pages(ServiceCardPage, locale, backend).filter(category=category_id)
        return live_pages(Page, locale, backend)

    fast = ranking.applies(backend)
    if fast:  # database backends: one query, every match with its type, best first
        # The scope's SQL depends on these alone (and the view restrictions: the vocabulary's version).
        scope_key = (locale.pk, backend, category_id)
        matches = ranking.ranked_matches(build_scope, outcome.plan.backend_query(), backend, scope_key=scope_key)
        by_type = Counter(content_type_id for _, content_type_id in matches)
    else:
        scope = build_scope()
        by_type = scope.search(query, backend=backend).facet("content_type_id")
    for content_type_id, count in by_type.items():
        key = group_of_content_type(content_type_id, groups)
        outcome.group_counts[key] = outcome.group_counts.get(key, 0) + count
    if group and group in outcome.group_counts or group == OTHER:
        outcome.total = outcome.group_counts.get(group, 0)
    else:
        group = ""
        outcome.total = sum(outcome.group_counts.values())
    if group == SERVICES or category_id:
        services = live_pages(ServiceCardPage, locale, backend)
        outcome.category_counts = dict(services.search(query, backend=backend).facet("category_id"))
    if fast:
        wanted = [pk for pk, content_type_id in matches if not group or group_of_content_type(content_type_id, groups) == group]
        candidates = _light_pages(wanted[:MAX_CANDIDATES])
    else:
        if group == OTHER:
            listed = [pk for ids in groups.values() for pk in ids]
            scope = scope.exclude(content_type__in=listed)
        elif group and not category_id:
            scope = scope.filter(content_type__in=groups[group])
        candidates = list(scope.search(query, backend=backend)[:MAX_CANDIDATES])
    outcome.hits = rerank(outcome.plan, candidates, groups)


def _light_pages(ids: list[int]) -> list:
    """Title and type of pages, in the given order (full pages are loaded only for the ten on screen;
    these are kept per process: search.known)."""
    return known.candidates(ids)


def rerank(plan: QueryPlan, candidates: list, groups: dict) -> list:
    """By title score; an editor's “also searched as” phrase counts like the title."""
    services = set(groups.get(SERVICES, ()))
    phrases = also_searched(plan.language)

    def score(item):
        position, page = item
        bonus = SERVICE_BONUS if page.content_type_id in services else 0.0
        best = max(plan.title_score(text) for text in (page.title, *phrases.get(page.pk, ())))
        return (-(best + bonus), position)

    return [page for _, page in sorted(enumerate(candidates), key=score)]
