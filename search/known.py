"""Rows the search reads at every request, kept per process like the vocabulary (`search.vocabulary`):
the locales, the title and type of the pages found (what the re-ranking reads of up to 100
candidates) and the columns a result on screen shows (search.results). Kept until the vocabulary's version changes (a page published, unpublished, moved or
deleted: a live title changes only then; a locale or a service category saved); a page saved in this
process forgets them at once, and the search scopes' page ids (search.ranking.SCOPE_IN_PROCESS).
"""

from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .candidates import Candidate
from .vocabulary import cached

MAX_CANDIDATES_KEPT = 20_000  # ~4 MB; beyond, the dictionary starts afresh


def _load_locales(_language: str) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def active_locale() -> Locale:
    """`Locale.get_active()` without its query (the locales are read once per version)."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return Locale.get_active()
    return cached("locales", "", _load_locales).get(code) or Locale.get_active()


def _new_store(_language: str) -> dict[int, Candidate]:
    return {}


def candidates(ids: list[int]) -> list[Candidate]:
    """Title and type of pages, in the given order; a page missing from the table is left out.
    One query for those not known yet, none when all are."""
    known = cached("candidates", "", _new_store)
    found = {}
    for pk in ids:
        candidate = known.get(pk)
        if candidate is not None:
            found[pk] = candidate
    missing = [pk for pk in ids if pk not in found]
    if missing:
        if len(known) + len(missing) > MAX_CANDIDATES_KEPT:
            known.clear()
        for row in Page.objects.filter(pk__in=missing).values_list(*Candidate._fields):
            found[row[0]] = known[row[0]] = Candidate(*row)
    return [found[pk] for pk in ids if pk in found]


def shown_pages() -> dict:
    """Page id → the specific page as a result shows it (search.results: a few columns, read-only),
    kept like the candidates; the caller adds what it loads (at most MAX_SHOWN_KEPT)."""
    return cached("shown", "", _new_store)


MAX_SHOWN_KEPT = 2_000


def _page_saved(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        from .ranking import forget_scopes

        cached("candidates", "", _new_store).clear()
        shown_pages().clear()
        forget_scopes()


def connect() -> None:
    post_save.connect(_page_saved, dispatch_uid="search_known_page_saved")
    post_delete.connect(_page_saved, dispatch_uid="search_known_page_deleted")
