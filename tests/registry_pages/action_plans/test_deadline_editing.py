"""The editor sees how an item's deadline was read; a new item already overdue is refused."""

import datetime as dt
import html as html_text

import pytest
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from registry_pages.action_plans import deadline_editing
from registry_pages.models import ActionItemPage
from tests.registry_pages.action_plans.support import make_item, make_plan

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(deadline_editing, "today", lambda: TODAY)


@pytest.fixture
def plan(site_root):
    return make_plan(site_root, year=2026)


def _speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def _item_form(deadline, status="planned", **extra):
    return nested_form_data({
        "title": "Ден на отворените врати", "slug": "", "number": "1.4", "theme_number": "", "task": "Организиране.",
        "deadline_text": deadline, "assigned_on": "", "status": status, "completed_on": "",
        "owners": inline_formset([]), "progress_reports": inline_formset([]), "comments": inline_formset([]),
        **extra,
    })


def _add(client, plan, data):
    return client.post(reverse("wagtailadmin_pages:add", args=["registry_pages", "actionitempage", plan.pk]), data)


def _editor(client, item):
    """The item's editor page as the editor reads it (entities decoded)."""
    return html_text.unescape(client.get(reverse("wagtailadmin_pages:edit", args=[item.pk])).content.decode())


def _in(language, message, **params):
    with translation.override(language):
        text = gettext(message)
        return text % {k: (formats.date_format(v, "DATE_FORMAT") if isinstance(v, dt.date) else v)
                       for k, v in params.items()} if params else text


PAST = ("This deadline fell due on %(date)s, before today: a new item would be shown as overdue from "
        "its first day. Write the deadline that applies now, or set the status to done or cancelled.")


@pytest.mark.parametrize("language", ["bg", "pl", "uk"])
def test_a_new_item_already_overdue_is_refused_with_the_date(admin_client, admin_user, plan, language):
    _speaks(admin_user, language)
    response = _add(admin_client, plan, _item_form("м. март"))
    assert response.status_code == 200
    assert not ActionItemPage.objects.child_of(plan).exists()
    [error] = response.context["form"].errors["deadline_text"]
    assert error == _in(language, PAST, date=dt.date(2026, 3, 31))
    assert "2026" in error and "fell due" not in error


def test_a_new_item_entered_as_done_may_have_a_past_deadline(admin_client, plan):
    response = _add(admin_client, plan, _item_form("м. март", status="done"))
    assert response.status_code == 302
    assert ActionItemPage.objects.child_of(plan).get().deadline_kind == "month"


def test_an_existing_item_with_a_past_deadline_can_still_be_edited(admin_client, plan):
    item = make_item(plan, "1.1", deadline="м. март")
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    response = admin_client.post(url, _item_form("м. март", slug=item.slug, title="Нов текст"))
    assert response.status_code == 302


@pytest.mark.parametrize("language", ["bg", "pl", "uk"])
def test_the_editor_shows_how_the_deadline_was_read_and_the_working_day_it_moved_to(admin_client, admin_user, plan, language):
    _speaks(admin_user, language)
    item = make_item(plan, "1.2", deadline="м. май")  # 31 May 2026 is a Sunday
    html = _editor(admin_client, item)
    with translation.override(language):
        kind = str(item.deadline.label)
    assert _in(language, "Read as: %(kind)s.", kind=kind) in html
    assert _in(language, "Due on %(date)s.", date=dt.date(2026, 5, 29)) in html
    assert _in(language, "%(end)s is not a working day, so the item is due on the last working day before it.",
               end=dt.date(2026, 5, 31)) in html
    assert _in(language, "This date has passed: the item is shown as overdue until it is done.") in html


def test_the_editor_warns_when_the_deadline_was_not_recognised(admin_client, plan):
    item = make_item(plan, "1.3", deadline="след приемането на бюджета")
    html = _editor(admin_client, item)
    warning = _in(settings_language(), "This deadline was not recognised: it is shown as written, with no due date, "
                  "reminder or overdue mark. Write e.g. “by the end of March”, “31.03.2026”, “quarterly”, "
                  "“10 working days” or “permanent”.")
    assert warning in html


def test_after_a_refused_save_the_new_item_shows_its_reading(admin_client, plan):
    response = _add(admin_client, plan, _item_form("м. декември"))
    assert response.status_code == 302  # due on the last working day of December: not past
    item = ActionItemPage.objects.child_of(plan).get()
    html = _editor(admin_client, item)
    assert _in(settings_language(), "Due on %(date)s.", date=dt.date(2026, 12, 31)) in html


def settings_language():
    from django.conf import settings

    return settings.LANGUAGE_CODE


def test_as_the_editor_types_the_reading_is_asked_again(admin_client, plan):
    item = make_item(plan, "1.5", deadline="постоянен")
    page = _editor(admin_client, item)
    url = reverse("registry_pages_action_plans:deadline_reading")
    assert f'data-url="{url}"' in page and "registry_pages/js/deadline_reading.js" in page
    response = admin_client.get(url, {"text": "м. май", "plan": plan.pk, "language": "bg"})
    assert response.status_code == 200
    lines = html_text.unescape(response.content.decode())
    assert _in(settings_language(), "Due on %(date)s.", date=dt.date(2026, 5, 29)) in lines
    unread = html_text.unescape(admin_client.get(url, {"text": "пролтта", "plan": plan.pk}).content.decode())
    assert "31.03.2026" in unread  # the warning with examples of what is read


def test_the_reading_is_refused_to_whoever_may_not_edit_the_plan(client, plan, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("t_reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    url = reverse("registry_pages_action_plans:deadline_reading")
    response = client.get(url, {"text": "м. май", "plan": plan.pk})
    # Wagtail's admin turns the refusal into a redirect to the dashboard with "Sorry, you do not have permission"
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


SEASON_READ = "Season: %(season)s %(years)s, from %(start)s to %(end)s."


@pytest.mark.parametrize(("language", "deadline"), [
    ("bg", "до края на пролетта"), ("pl", "do końca wiosny"), ("uk", "до кінця весни"), ("en", "by the end of spring"),
])
def test_the_editor_names_the_season_read_and_its_last_working_day(admin_client, admin_user, plan, language, deadline):
    _speaks(admin_user, language)
    item = make_item(plan, "1.6", deadline=deadline)
    assert item.deadline_kind == "season"
    html = _editor(admin_client, item)
    with translation.override(language):
        spring = gettext("spring")
    assert _in(language, SEASON_READ, season=spring, years="2026", start=dt.date(2026, 3, 1),
               end=dt.date(2026, 5, 31)) in html
    assert _in(language, "Due on %(date)s.", date=dt.date(2026, 5, 29)) in html  # 31 May 2026 is a Sunday
    assert _in(language, "%(end)s is not a working day, so the item is due on the last working day before it.",
               end=dt.date(2026, 5, 31)) in html


def test_as_the_editor_types_a_winter_the_reading_spans_the_new_year(admin_client, admin_user, plan):
    _speaks(admin_user, "pl")
    url = reverse("registry_pages_action_plans:deadline_reading")
    lines = html_text.unescape(admin_client.get(url, {"text": "Zima 2026/27", "plan": plan.pk, "language": "pl"})
                               .content.decode())
    assert _in("pl", SEASON_READ, season="zima", years="2026/2027", start=dt.date(2026, 12, 1),
               end=dt.date(2027, 2, 28)) in lines
    assert _in("pl", "Due on %(date)s.", date=dt.date(2027, 2, 26)) in lines
    typo = html_text.unescape(admin_client.get(url, {"text": "zmia 2026", "plan": plan.pk}).content.decode())
    assert "Pora roku" not in typo and "31.03.2026" in typo  # not recognised: the examples are shown
