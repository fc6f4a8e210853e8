"""Public pages and the admin speak the visitor's language, from our compiled catalogues.

The skip link and headings of the home page are checked in test_home_page.py; here the
rest of the layout (navigation, search, footer), a demo service card, and the admin.
"""

import pytest
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from registry_pages.models import ServiceCardPage

LAYOUT = {
    "bg": ('aria-label="Основна навигация"', "Търсене в портала", "Контакти с общината", "Работно време"),
    "pl": ('aria-label="Nawigacja główna"', "Szukaj w portalu", "Kontakt z gminą", "Godziny pracy"),
    "uk": ('aria-label="Основна навігація"', "Пошук на порталі", "Контакти громади", "Години роботи"),
}
CARD = {
    "bg": ("Необходими документи", "<caption>Такси</caption>", '<th scope="col">Вид</th>', '<th scope="col">Сума</th>',
           "<caption>Срок за изпълнение</caption>", "Отговорник"),
    "pl": ("Wymagane dokumenty", "<caption>Opłaty</caption>", '<th scope="col">Wariant</th>', '<th scope="col">Kwota</th>',
           "<caption>Termin załatwienia</caption>", "Odpowiedzialny"),
    "uk": ("Необхідні документи", "<caption>Плата</caption>", '<th scope="col">Варіант</th>', '<th scope="col">Сума</th>',
           "<caption>Термін надання</caption>", "Відповідальний"),
}
# Word forms for "N working days" and the index of the form each count takes.
WORKING_DAYS = {
    "bg": (("работен ден", "работни дни"), lambda n: 0 if n == 1 else 1),
    "pl": (("dzień roboczy", "dni robocze", "dni roboczych"),
           lambda n: 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2),
    "uk": (("робочий день", "робочі дні", "робочих днів"),
           lambda n: 0 if n % 10 == 1 and n % 100 != 11 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2),
}
ADMIN = {"bg": "Страници за одобрение", "pl": "Strony w moderacji", "uk": "Сторінки на погодженні"}


def _demo_card(language):
    """A live demo card in `language` with fees and a processing time in working days."""
    cards = ServiceCardPage.objects.live().filter(locale__language_code=language).order_by("path")
    for card in cards:
        working = [block.value["maximum"] for block in card.processing_times
                   if block.value["unit"] == "working_days" and block.value["maximum"] and not block.value["minimum"]]
        if card.fees and working and card.responsible_department_id:
            return card, working[0]
    pytest.fail(f"no demo service card in {language} with fees, working days and a department")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LAYOUT)
def test_layout_strings_are_translated(client, language):
    html = client.get(f"/{language}/changes/").content.decode()  # a page with the header's search (home has its own)
    for text in LAYOUT[language]:
        assert text in html, text
    assert "Contact the municipality" not in html and "Search the portal" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", CARD)
def test_service_card_interface_is_translated(client, language):
    card, days = _demo_card(language)
    response = client.get(card.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for text in CARD[language]:
        assert text in html, text
    forms, plural = WORKING_DAYS[language]
    assert f"{days} {forms[plural(days)]}" in html
    assert "Required documents" not in html and "working day" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ADMIN)
def test_admin_speaks_the_editors_language(client, django_user_model, language):
    assert language in dict(get_available_admin_languages())
    user = django_user_model.objects.create_superuser(f"admin_{language}", f"admin_{language}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get("/admin/publication-workflow/report/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert ADMIN[language] in html
    assert "Pages in moderation" not in html
