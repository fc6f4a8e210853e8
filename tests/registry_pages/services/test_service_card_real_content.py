"""What real cards carry, on the public card and in the API: the service code, a processing time as a range or
in hours, a fee per unit, exemptions and how to pay, contact persons (a name only with consent), several places
to apply and a separate place to collect, documents grouped by situation."""

import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext, ngettext

from registry_pages.models import ServiceCardPage
from tests.demo_mark import needs_project_urls
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


def _bg(text):
    with translation.override("bg"):
        return gettext(text)


@pytest.fixture
def rich_card(site_root):
    index = catalogue(site_root, "t-real-cards")
    page = card(index, "Скица на имот", category("Устройство"), code="2056", fee_exemptions="Хора с увреждания.",
                payment_account="IBAN BG18 RZBB 9155 1060 1234 56", pay_at_cash_desk=True, pay_by_transfer=True)
    page.processing_times = [
        ("time", {"variant": "обикновена", "kind": "period", "minimum": 7, "maximum": 10, "unit": "working_days",
                  "as_written": "7–10 работни дни", "note": ""}),
        ("time", {"variant": "експресна", "kind": "period", "minimum": None, "maximum": 3, "unit": "hours",
                  "as_written": "3 часа", "note": ""}),
        ("time", {"variant": "на място", "kind": "next_working_day", "minimum": None, "maximum": None, "unit": "",
                  "as_written": "", "note": ""}),
    ]
    page.fees = [("fee", {"variant": "обикновена", "amount": Decimal("30"), "currency": "BGN",
                          "per_unit_amount": Decimal("0.50"), "unit": "точка", "formula": "", "note": ""})]
    page.contacts = [
        ("person", {"position": "главен специалист", "name": "Мария Тайна", "publish_name": False,
                    "phone": "0331 22 334", "email": "kadastar@example.org"}),
        ("person", {"position": "началник отдел", "name": "Петър Открит", "publish_name": True, "phone": "",
                    "email": ""}),
    ]
    page.places = [
        ("place", {"purpose": "apply", "name": "Център за услуги", "address": "ул. Ракитник 12", "room": "2",
                   "hours": "8:30–17:00", "note": ""}),
        ("place", {"purpose": "apply", "name": "Кметство Дъбово", "address": "", "room": "", "hours": "", "note": ""}),
        ("place", {"purpose": "collect", "name": "Гише 5", "address": "", "room": "", "hours": "", "note": ""}),
    ]
    page.required_documents = [
        ("document", {"name": "Лична карта", "note": "", "form": None}),
        ("group", {"condition": "При подаване чрез пълномощник", "documents": [
            {"name": "Нотариално заверено пълномощно", "note": "", "form": None}]}),
    ]
    page.save_revision().publish()
    return ServiceCardPage.objects.get(pk=page.pk)


def test_the_public_card_shows_what_real_cards_carry(client, rich_card):
    html = client.get(rich_card.url).content.decode()
    assert f"<dt>{_bg('Service code')}</dt><dd>2056</dd>" in html
    with translation.override("bg"):
        working = ngettext("%(days)s working day", "%(days)s working days", 10) % {"days": 10}
        hours = ngettext("%(n)d hour", "%(n)d hours", 3) % {"n": 3}
        per_unit = gettext("%(amount)s per %(unit)s") % {"amount": "0,50 BGN", "unit": "точка"}
    assert f"<td>7–{working}</td>" in html and f"<td>{hours}</td>" in html
    assert f"<td>{_bg('the next working day')}</td>" in html
    assert f"30,00 BGN + {per_unit}" in html
    assert _bg("Who does not pay") in html and "Хора с увреждания." in html
    assert "IBAN BG18 RZBB 9155 1060 1234 56" in html
    assert f"{_bg('at the cash desk')}, {_bg('by bank transfer')}" in html
    assert "Мария Тайна" not in html and "главен специалист" in html and "tel:0331" in html  # no consent: no name
    assert "Петър Открит, началник отдел" in html  # consent given
    assert "Кметство Дъбово" in html and f"<dt>{_bg('Collect the result')}</dt>" in html
    assert "<strong>При подаване чрез пълномощник:</strong>" in html and "Нотариално заверено пълномощно" in html


@needs_project_urls
def test_the_api_gives_a_contacts_name_only_with_consent(client, rich_card):
    response = client.get(f"/api/v2/pages/{rich_card.pk}/")
    data = json.loads(response.content)
    assert data["code"] == "2056"
    assert data["contacts"] == [
        {"position": "главен специалист", "name": "", "phone": "0331 22 334", "email": "kadastar@example.org"},
        {"position": "началник отдел", "name": "Петър Открит", "phone": "", "email": ""},
    ]
    assert data["payment_methods"] == ["cash_desk", "transfer"]
    assert "Мария Тайна" not in response.content.decode()


def test_the_code_is_searchable(rich_card):
    assert ServiceCardPage.objects.live().search("2056").count() >= 1


def test_a_range_that_ends_before_it_starts_and_a_fee_without_amount_are_refused(rich_card):
    rich_card.processing_times = [("time", {"variant": "о", "kind": "period", "minimum": 9, "maximum": 3,
                                             "unit": "working_days", "as_written": "", "note": ""})]
    rich_card.fees = [("fee", {"variant": "о", "amount": None, "currency": "BGN", "per_unit_amount": None,
                               "unit": "", "formula": "", "note": ""})]
    with translation.override("bg"), pytest.raises(ValidationError) as raised:
        rich_card.full_clean()
    errors = raised.value.message_dict
    assert errors["processing_times"] == [_bg("The processing time “%(variant)s” starts after it ends.") % {"variant": "о"}]
    assert "fees" in errors
    rich_card.fees = [("fee", {"variant": "о", "amount": None, "currency": "BGN", "per_unit_amount": None,
                               "unit": "", "formula": "2% от данъчната оценка", "note": ""})]
    rich_card.processing_times = []
    assert "fees" not in rich_card.card_errors()  # a formula as written is a fee


def test_the_public_record_compares_contacts_without_a_name_given_without_consent(rich_card):
    from registry_pages.record.diff import diff_pages

    old = ServiceCardPage.objects.get(pk=rich_card.pk)  # the version in force, a separate instance
    rich_card.contacts = [("person", {"position": "главен специалист", "name": "Мария Тайна", "publish_name": False,
                                      "phone": "0331 99 999", "email": ""})]
    changes = diff_pages(old, rich_card)
    text = " ".join(piece.text for change in changes for piece in change.pieces)
    assert "0331 99 999" in text and "Петър Открит" in text  # the change is shown...
    assert "Мария Тайна" not in text  # ...without the name published without consent
