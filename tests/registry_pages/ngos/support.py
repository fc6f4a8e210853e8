"""Builders shared by the NGO register tests."""

import datetime as dt

from registry_pages.models import (
    ActivityField,
    NGOActivity,
    NGOActivityFieldLink,
    NGOEntryPage,
    NGORegisterPage,
)
from tests.registry_pages.support import bg


def activity_field(name, locale=None):
    return ActivityField.objects.create(locale=locale or bg(), name=name, description=f"Описание: {name}")


def register(parent, slug="t-npo"):
    page = NGORegisterPage(title="Тестов регистър на НПО", slug=slug, intro="<p>Организациите в общината.</p>")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return NGORegisterPage.objects.get(pk=page.pk)


def entry(parent, title, fields, *, consent=False, live=True, activities=(), **extra):
    page = NGOEntryPage(
        title=title,
        live=live,
        short_name=extra.pop("short_name", ""),
        legal_form=extra.pop("legal_form", "association"),
        registration_number=extra.pop("registration_number", "BG100200300"),
        seat_address=extra.pop("seat_address", "ул. „Тестова“ 1, Белоречие"),
        head_name=extra.pop("head_name", "Петра Тестова"),
        head_title=extra.pop("head_title", "председател"),
        phone=extra.pop("phone", "+359 88 765 4321"),
        email=extra.pop("email", "npo@example.org"),
        website=extra.pop("website", "https://npo.example.org"),
        publish_contact_consent=consent,
        statutory_goals=extra.pop("statutory_goals", "<p>Цел по устав: подкрепа.</p>"),
        achievements=extra.pop("achievements", "<p>Постижение: нова площадка.</p>"),
        cooperation=extra.pop("cooperation", "<p>Сътрудничество: общ проект.</p>"),
        date_registered=extra.pop("date_registered", dt.date(2010, 5, 4)),
        date_last_confirmed=extra.pop("date_last_confirmed", dt.date(2026, 1, 20)),
        **extra,
    )
    page.activity_field_links = [NGOActivityFieldLink(activity_field=f, sort_order=i) for i, f in enumerate(fields)]
    page.activities = [
        NGOActivity(title=a[0], description=a[1], address=a[2] if len(a) > 2 else "", sort_order=i)
        for i, a in enumerate(activities)
    ]
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return NGOEntryPage.objects.get(pk=page.pk)
