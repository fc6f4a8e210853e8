import pytest

from registry_pages.models import ServiceCardPage


@pytest.fixture(autouse=True)
def fresh_vocabulary():
    """Each test sees the synonyms and titles of its own (rolled-back) database."""
    from search.vocabulary import content_changed

    content_changed()
    yield
    content_changed()


@pytest.fixture
def card():
    """card("heirs-certificate", "pl") → that demo service card in that language."""

    def get(slug, language):
        key = ServiceCardPage.objects.get(slug=slug, locale__language_code="bg").translation_key
        return ServiceCardPage.objects.get(translation_key=key, locale__language_code=language)

    return get

