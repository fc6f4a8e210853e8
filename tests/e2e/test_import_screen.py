"""In Chromium, the PR expert imports an NGO list through the admin import screen, in Bulgarian:
upload a CSV as the municipality keeps it, read the preview table, confirm, find the drafts.
No English on any of the screens (tests/admin_english.py)."""

from django.contrib.auth import get_user_model
from django.utils import translation as i18n
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from registry_pages.models import NGOEntryPage, NGORegisterPage
from tests.admin_english import english_in

from .test_admin_language import RENDERED_TEXTS
from .test_publication_path import log_in

NGO_LIST = (
    "№;Наименование;Седалище;ЕИК;Сфера на дейност\n"
    "1;Сдружение „Приятели на Стара река“;с. Горно поле;177001122;Околна среда\n"
    "2;Народно читалище „Зора 1899“;с. Долно поле;000456789;Читалищна дейност\n"
    "3;Фондация „Ръка за помощ“;гр. Белоречие;;Социални грижи\n"
)


def _bg(message):
    with i18n.override("bg"):
        return gettext(message)


def _no_english(page, screen):
    page.wait_for_load_state("networkidle")
    texts = page.evaluate(RENDERED_TEXTS)
    assert english_in(texts, "bg") == [], f"English on the {screen} screen"


def test_the_pr_expert_imports_an_ngo_list_in_bulgarian(page):
    expert = get_user_model().objects.get(username="pr_expert")
    profile = UserProfile.get_for_user(expert)
    profile.preferred_language = "bg"
    profile.save()
    register = NGORegisterPage.objects.get(locale=Locale.objects.get(language_code="bg"))
    before = NGOEntryPage.objects.child_of(register).count()

    log_in(page, "pr_expert")
    page.get_by_role("link", name=_bg("Import"), exact=True).first.click()
    page.wait_for_url("**/admin/import/")
    _no_english(page, "upload")

    page.set_input_files("input[name=file]", files=[
        {"name": "npo-2026.csv", "mimeType": "text/csv", "buffer": NGO_LIST.encode()}])
    page.select_option("select[name=type_name]", "ngo")
    page.select_option("select[name=parent]", str(register.pk))
    page.select_option("select[name=language]", "bg")
    page.get_by_role("button", name=_bg("Read the file")).click()
    page.wait_for_load_state("networkidle")
    rows = page.locator("table.import-pages tr.import-page")
    assert rows.count() == 3
    assert "Народно читалище „Зора 1899“" in rows.nth(1).inner_text()
    readings = page.locator("table.import-rows").nth(1).inner_text()
    assert _bg("community centre (chitalishte)") in readings and "с. Долно поле" in readings
    assert "Читалищна дейност" in page.locator(".import-proposed").inner_text()
    assert NGOEntryPage.objects.child_of(register).count() == before  # a preview writes nothing
    _no_english(page, "preview")

    page.get_by_role("button", name=_bg("Confirm and create the drafts")).click()
    page.wait_for_load_state("networkidle")
    drafts = page.locator(".import-drafts a")
    assert drafts.count() == 3
    assert _bg("The drafts are not public. Open each one, check it and submit it for approval.") in page.content()
    _no_english(page, "result")
    created = NGOEntryPage.objects.child_of(register).filter(title="Фондация „Ръка за помощ“").get()
    assert not created.live and created.revisions.count() == 1

    drafts.nth(2).click()
    page.wait_for_url(f"**/admin/pages/{created.pk}/edit/")
    assert page.locator("#id_title").input_value() == "Фондация „Ръка за помощ“"
