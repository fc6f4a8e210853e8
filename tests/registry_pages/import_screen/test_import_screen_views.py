"""The admin import screen as a PR expert uses it: upload, preview, confirm; and who may not."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Page
from wagtail.users.models import UserProfile

from registry_pages.import_screen.uploads import SESSION_KEY
from registry_pages.models import NGOEntryPage
from tests.admin_english import english_in, visible_texts
from tests.registry_pages.ngos.support import activity_field, register

pytestmark = pytest.mark.django_db
URL = "/admin/import/"
NGO_CSV = (
    "№;Наименование;Седалище;Сфера на дейност\n"
    "1;Народно читалище „Искра 1908“;с. Горно поле;Култура\n"
    "2;Сдружение „Чиста река“;гр. Белоречие;Екология\n"
    "3;Фондация „Дом за всеки“;гр. Белоречие;\n"
)


def _bg(text):
    with translation.override("bg"):
        return gettext(text)


@pytest.fixture
def reg(site_root):
    activity_field("Култура")
    return register(site_root, slug="t-screen-npo")


@pytest.fixture
def expert(client, pr_expert):
    profile = UserProfile.get_for_user(pr_expert)
    profile.preferred_language = "bg"
    profile.save()
    client.force_login(pr_expert)
    return client


def _upload(client, reg, content, name="npo.csv", type_name="ngo", parent=None):
    file = SimpleUploadedFile(name, content if isinstance(content, bytes) else content.encode())
    return client.post(URL, {"file": file, "type_name": type_name, "parent": parent or reg.pk, "language": "bg"})


def test_the_preview_shows_what_was_recognised_and_writes_nothing(expert, reg):
    before = Page.objects.count()
    response = _upload(expert, reg, NGO_CSV)
    html = response.content.decode()
    assert response.status_code == 200 and Page.objects.count() == before
    for title in ("Народно читалище „Искра 1908“", "Сдружение „Чиста река“", "Фондация „Дом за всеки“"):
        assert title in html
    with translation.override("bg"):
        assert ngettext("%(counter)s page", "%(counter)s pages", 3) % {"counter": 3} in html
    assert "Екология" in html  # an unknown field, proposed
    assert _bg("no field of activity: listed as unclassified") in html
    assert 'name="token"' in html and len(expert.session[SESSION_KEY]) == 1
    assert english_in(visible_texts(html), "bg") == []


def test_confirm_creates_drafts_with_links_to_edit_them(expert, reg, pr_expert):
    _upload(expert, reg, NGO_CSV)
    token = next(iter(expert.session[SESSION_KEY]))
    response = expert.post(URL + "confirm/", {"token": token, "create_missing": "on"})
    html = response.content.decode()
    drafts = list(NGOEntryPage.objects.child_of(reg).order_by("path"))
    assert len(drafts) == 3 and not any(page.live for page in drafts)
    for page in drafts:
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
        assert page.revisions.get().user == pr_expert
    assert _bg("The drafts are not public. Open each one, check it and submit it for approval.") in html
    assert SESSION_KEY not in expert.session or token not in expert.session[SESSION_KEY]
    assert english_in(visible_texts(html), "bg") == []
    again = expert.post(URL + "confirm/", {"token": token})  # the same file is not imported twice
    assert again.status_code == 302 and NGOEntryPage.objects.child_of(reg).count() == 3


def test_a_bad_file_shows_each_error_with_its_line_and_nothing_can_be_confirmed(expert, reg):
    bad = "name,legal_form,email\nСдружение „Добро“,association,not-an-address\nСдружение „Зло“,cooperative,\n"
    before = Page.objects.count()
    html = _upload(expert, reg, bad).content.decode()
    assert _bg("line %(line)d") % {"line": 2} in html and _bg("line %(line)d") % {"line": 3} in html
    assert _bg("Nothing has been written. Correct the file and upload it again.") in html
    assert 'name="token"' not in html and Page.objects.count() == before


def test_a_file_over_5_mb_or_of_another_type_is_refused_clearly(expert, reg):
    big = _upload(expert, reg, b"a" * (5 * 1024 * 1024 + 1)).content.decode()
    assert _bg("The file is larger than 5 MB. Split it and import the parts.") in big
    exe = _upload(expert, reg, b"MZ", name="virus.exe").content.decode()
    assert "virus.exe" not in exe and ".docx" in exe


def test_a_forged_parent_is_refused(expert, reg, site_root):
    before = Page.objects.count()
    html = _upload(expert, reg, NGO_CSV, parent=site_root.pk).content.decode()  # not a register
    assert Page.objects.count() == before and 'name="token"' not in html
    assert _bg("Pages of this kind cannot be added there, or you may not add pages there.") in html


def test_a_user_who_may_not_add_pages_gets_403_and_no_menu_item(client, reg):
    user = get_user_model().objects.create_user(username="t_reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert client.post(URL + "confirm/", {"token": "x"}).status_code == 403
    assert URL not in client.get("/admin/").content.decode()


def test_the_pr_expert_finds_the_screen_in_the_menu(expert, reg):
    assert URL in expert.get("/admin/").content.decode()
    page = expert.get(URL)
    assert page.status_code == 200 and f'<option value="{reg.pk}"' in page.content.decode()
