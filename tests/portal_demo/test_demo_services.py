"""The demo loader turns service data into published, translated cards, once."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from portal_demo.content import services as demo_services
from registry_pages.models import ServiceCardPage, ServiceCategory, ServiceIndexPage

from . import sample_services


@pytest.mark.django_db
def test_loader_builds_translated_catalogue_once(site_root, client, django_capture_on_commit_callbacks):
    messages = []
    with django_capture_on_commit_callbacks(execute=True):  # translations are published on commit
        counts = demo_services.load(site_root, log=messages.append, data=sample_services)
    assert counts["service cards"] >= 8  # 2 cards × 4 languages
    index = ServiceIndexPage.objects.child_of(site_root).get(slug="sample-services")
    assert index.show_in_menus and index.live
    bg_cards = ServiceCardPage.objects.child_of(index).order_by("path")
    assert [c.slug for c in bg_cards] == ["sample-birth-certificate", "sample-tax-statement"]
    birth, tax = bg_cards
    assert tax.no_documents_required and not birth.no_documents_required
    assert birth.required_documents[1].value["form"] is not None  # form=True creates a downloadable document
    assert [r.service_id for r in birth.related_services.all()] == [tax.pk]

    for code in ("pl", "uk", "en"):
        locale = Locale.objects.get(language_code=code)
        category = ServiceCategory.objects.get(locale=locale, translation_key=birth.category.translation_key)
        target = birth.get_translation(locale).specific
        assert target.live and target.category == category
        assert target.title == sample_services.SERVICES[0]["title"].in_language(code)
        with translation.override(code):
            html = client.get(target.url).content.decode()
        assert sample_services.SERVICES[0]["summary"].in_language(code) in html
        # the related service is shown in the same language
        assert sample_services.SERVICES[1]["title"].in_language(code) in html

    before = (ServiceCardPage.objects.count(), ServiceCategory.objects.count())
    demo_services.load(site_root, log=messages.append, data=sample_services)
    assert (ServiceCardPage.objects.count(), ServiceCategory.objects.count()) == before


@pytest.mark.django_db
def test_loader_without_content_module_does_nothing(site_root, monkeypatch):
    monkeypatch.setattr(demo_services, "DATA_MODULE", "portal_demo.content.data.no_such_module")
    messages = []
    assert demo_services.load(site_root, log=messages.append) == {}
    assert messages and "no demo service content" in messages[0]
