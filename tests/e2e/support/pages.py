"""Where the demo's pages are, in each language (read through the ORM)."""

from wagtail.models import Locale

from registry_pages.models import (
    EthicsCodePage,
    FeedbackResultsPage,
    InformationPage,
    ReceptionDaysPage,
    ServiceCardPage,
    ServiceIndexPage,
)

LANGUAGES = ("bg", "pl", "uk", "en")
# A word a citizen would type, in each language.
SEARCH_WORDS = {"bg": "раждане", "pl": "urodzenia", "uk": "народження", "en": "birth"}


def in_language(model, lang):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=lang), alias_of__isnull=True).order_by("path").first()


def card_with_form(lang):
    for card in ServiceCardPage.objects.live().filter(locale__language_code=lang).order_by("path"):
        if any(block.value.get("form") for block in card.required_documents):
            return card
    raise AssertionError(f"the demo has no card with a form in {lang}")


def public_pages(lang) -> dict[str, str]:
    """The page types checked for accessibility, by name → URL."""
    return {
        "home": f"/{lang}/",
        "search results": f"/{lang}/search/?q={SEARCH_WORDS[lang]}",
        "service card": card_with_form(lang).url,
        "catalogue": in_language(ServiceIndexPage, lang).url,
        "ethics code": in_language(EthicsCodePage, lang).url,
        "reception days": in_language(ReceptionDaysPage, lang).url,
        "feedback results": in_language(FeedbackResultsPage, lang).url,
        "accessibility statement": InformationPage.objects.live().get(kind="accessibility", locale__language_code=lang).url,
    }
