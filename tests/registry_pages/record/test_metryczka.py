"""The metryczka under every published register page: prepared, entered and approved by, and its dates;
names by the trail's rules."""

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from registry_pages.models import MunicipalitySettings
from tests.registry_pages.record.support import approved_version
from tests.registry_pages.services.support import card, catalogue, category, department

pytestmark = pytest.mark.django_db


def _record(html):
    return html.split('class="page-record"', 1)[1].split("</section>", 1)[0]


def _label(message):
    with translation.override("bg"):
        return gettext(message)


@pytest.fixture
def approved_card(site_root, pr_expert, secretary, mayor):
    unit = department()
    page = card(catalogue(site_root), "Удостоверение за раждане", category("Гражданско състояние"), live=False,
                responsible_department=unit, in_person_department=unit)
    return approved_version(page, pr_expert, secretary, mayor)


def test_the_record_names_who_prepared_entered_and_approved_it_with_its_dates(
        client, approved_card, django_assert_max_num_queries):
    client.get(approved_card.url)  # warm the site-root and layout caches, as any earlier visitor does
    with django_assert_max_num_queries(15):
        html = client.get(approved_card.url).content.decode()
    record = _record(html)
    for label in ("Prepared by", "Entered by", "Approved by", "Produced", "Published", "Applies from"):
        assert f"<dt>{_label(label)}</dt>" in record
    assert "Тестов отдел" in record and "T_Pr_Expert" in record and "T_Mayor" in record
    assert record.count(f'<time datetime="{timezone.localdate().isoformat()}') == 3


def test_no_names_when_the_municipality_shows_no_signatures(client, approved_card, site_root):
    setting = MunicipalitySettings.for_site(site_root.get_site())
    setting.show_approval_trail = False
    setting.save()
    record = _record(client.get(approved_card.url).content.decode())
    assert "T_Pr_Expert" not in record and "T_Mayor" not in record
    assert f"<dt>{_label('Produced')}</dt>" in record


def test_a_draft_has_no_record(client, site_root, admin_client):
    page = card(catalogue(site_root), "Скица", category("Устройство"), live=False)
    assert 'class="page-record"' not in admin_client.get(f"/admin/pages/{page.pk}/view_draft/").content.decode()
