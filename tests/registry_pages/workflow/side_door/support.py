"""What citizens see, objects to aim the admin at, and the calls to make.

* `Targets` builds, in one language, the pages the admin could change without
  approval: a live page with a pending draft (sitting at the secretary's step),
  a draft translation, a live translation whose translation memory holds an
  unapproved string, and an alias whose source was translated once before.
* `Fingerprint` is what an anonymous citizen gets: the pages' HTML, the home
  page, the API (listing of the locale and details), a register's CSV export
  and the search results for the words an unapproved change would add.
* `run(call, ...)` makes one admin request inside a savepoint (wagtail-localize
  publishes on commit, so on-commit callbacks are run), takes the fingerprint
  and rolls everything back, so each call starts from the same state.
"""

import hashlib
import io
import json
import re
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.views.convert import sync_alias

from registry_pages.core.page_cache import new_generation
from registry_pages.models import ActivityField, Department, Position, ServiceCategory
from tests.registry_pages.workflow.support import live_page

UNAPPROVED = "Unapprovedword"
SNIPPET_MODELS = (Department, Position, ServiceCategory, ActivityField)


def other_language(language):
    return "en" if language == "bg" else "bg"


def home_in(language) -> Page:
    root = Site.objects.get(is_default_site=True).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


def translate(source, language, title, user, publish):
    """A synced translation of `source` with `title` in translation memory."""
    locale = Locale.objects.get(language_code=language)
    src, _ = TranslationSource.update_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(source=src, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        entry.msgstr = title if entry.msgctxt == "title" else entry.msgid
    translation.import_po(po, translation_type="manual", tool_name="test")
    translation.save_target(user=user, publish=False)
    target = source.get_translation(locale)
    if publish:
        target.get_latest_revision().publish(skip_permission_checks=True)
    return Translation.objects.get(pk=translation.pk), Page.objects.get(pk=target.pk)


def set_string(translation, title):
    """The translator edits the title in the translation editor (not approved)."""
    StringTranslation.objects.filter(
        translation_of__segments__source=translation.source, context__path="title", locale=translation.target_locale
    ).update(data=title)


@dataclass
class Targets:
    language: str
    home: Page
    live_with_draft: Page
    draft_translation: Page
    live_translation: Page
    alias: Page
    translations: dict = field(default_factory=dict)  # kind -> Translation

    @classmethod
    def build(cls, language, author):
        home = home_in(language)
        source_home = home_in(other_language(language))
        live = live_page(home, author, title=f"Door {language} live")
        live.title = f"{UNAPPROVED} draft"
        live.save_revision(user=author)
        live.get_workflow().start(live, author)  # now at the secretary's step
        src_a = live_page(source_home, author, title=f"Door {language} source a")
        src_b = live_page(source_home, author, title=f"Door {language} source b")
        tr_draft, draft_page = translate(src_a, language, f"{UNAPPROVED} new", author, publish=False)
        tr_live, live_tr = translate(src_b, language, f"Door {language} translated", author, publish=True)
        set_string(tr_live, f"{UNAPPROVED} edited")
        alias = cls._alias_with_translation_memory(source_home, home, language, author)
        return cls(
            language, home, Page.objects.get(pk=live.pk), draft_page, live_tr, alias,
            {"draft_translation": tr_draft, "live_translation": tr_live},
        )

    @staticmethod
    def _alias_with_translation_memory(source_home, home, language, author):
        """A translation turned back into an alias by an administrator (as
        wagtail-localize's "Convert to alias page" does); translation memory still
        holds the translator's unapproved string."""
        source = live_page(source_home, author, title=f"Door {language} source c")
        translation, translated = translate(source, language, f"Door {language} once", author, publish=True)
        set_string(translation, f"{UNAPPROVED} alias")
        sync_alias(source, translated.specific, revision=source.get_latest_revision())
        Page.objects.filter(pk=translated.pk).update(alias_of_id=source.pk)
        translation.delete()
        return Page.objects.get(pk=translated.pk)

    @property
    def pages(self):
        return {"live_with_draft": self.live_with_draft, "draft_translation": self.draft_translation,
                "live_translation": self.live_translation, "alias": self.alias}


# -- what citizens see --------------------------------------------------------------------

_VOLATILE = re.compile(rb'(csrfmiddlewaretoken" value="|nonce="|csrf_token": ")[^"]*')


def _without_alias_of(data):
    if isinstance(data, dict):
        return {k: _without_alias_of(v) for k, v in data.items() if k != "alias_of"}
    if isinstance(data, list):
        return [_without_alias_of(v) for v in data]
    return data


def _digest(response):
    """Status and a hash of the body. In the API, `meta.alias_of` is left out: a
    translator's draft detaches an alias from its source (its content unchanged)."""
    body = b"".join(response) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.dumps(_without_alias_of(json.loads(body)), sort_keys=True).encode()
    return response.status_code, hashlib.sha1(_VOLATILE.sub(rb"\1", body)).hexdigest()[:12]


@dataclass
class Fingerprint:
    urls: list

    @classmethod
    def for_pages(cls, language, pages, extra_urls=(), words=()):
        home = home_in(language)
        urls = [home.url, *[p.url for p in pages], *extra_urls]
        urls += [f"/api/v2/pages/?locale={language}&fields=*&limit=100&order=-id"]
        urls += [f"/api/v2/pages/{p.pk}/" for p in pages]
        urls += [f"/{language}/search/?q={UNAPPROVED}", f"/{language}/search/?q=Door"]
        urls += [f"/{language}/search/?q={word}" for word in words]
        return cls(urls)

    def take(self):
        new_generation()  # the anonymous page cache must not answer
        client = Client()
        return {url: _digest(client.get(url)) for url in self.urls}


def registers(language):
    """URLs of the register pages (and their CSV exports) in `language`."""
    from registry_pages.models import (
        NGORegisterPage,
        ReceptionDaysPage,
        ServiceIndexPage,
    )

    urls = []
    for model in (ServiceIndexPage, NGORegisterPage, ReceptionDaysPage):
        page = model.objects.live().filter(locale__language_code=language).first()
        if page:
            urls += [page.url, page.url + "export.csv/"]
    return urls


def changed(before, after):
    return sorted(url for url in before if before[url] != after[url])


# -- one admin call -----------------------------------------------------------------------


@dataclass
class Call:
    name: str
    path: str
    data: object = None
    method: str = "post"
    label: str = ""
    json: bool = False
    target: str = ""  # which of the Targets pages, for page routes

    def __str__(self):
        return f"{self.method.upper()} {self.name} {self.label} {self.path}".strip()


def perform(client, call):
    kwargs = {}
    data = call.data if call.data is not None else {}
    if call.json:
        kwargs["content_type"] = "application/json"
        data = json.dumps(data)
    elif call.method in ("put", "delete"):  # a form body, as wagtail-localize's editor sends
        kwargs["content_type"] = MULTIPART_CONTENT
        data = encode_multipart(BOUNDARY, data)
    return getattr(client, call.method)(call.path, data, **kwargs)


def db_writes():
    """Rows written so far on this connection (rolled-back writes included), or None.

    A call that writes nothing cannot change what citizens see (caches aside,
    which `Fingerprint.take` clears), so its fingerprint need not be taken."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return connection.connection.total_changes
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_all_tables")
            return cursor.fetchone()[0]
    return None


def run(client, call, fingerprint, before, capture, stats=None):
    """(status, changed URLs) of `call`; the database is put back afterwards."""
    savepoint = transaction.savepoint()
    try:
        writes = db_writes()
        with capture(execute=True):
            response = perform(client, call)
        if writes is not None and db_writes() == writes:
            return response.status_code, []
        if stats is not None:
            stats["fingerprinted"] += 1
        return response.status_code, changed(before, fingerprint.take())
    finally:
        transaction.savepoint_rollback(savepoint)


# -- objects for URL parameters -------------------------------------------------------------


def common_ids(mayor):
    workflow = Workflow.objects.get(name="Publication approval")
    return {
        "user": mayor.pk,
        "group": Group.objects.get(name="PR experts").pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "locale": Locale.objects.get(language_code="pl").pk,
        "collection": Collection.get_first_root_node().pk,
        "workflow": workflow.pk,
        "task": Task.objects.filter(workflow_tasks__workflow=workflow).first().pk,
    }


def form_data(form):
    """POST data a browser would send for `form` unchanged (formsets included)."""
    data = {}
    for name in form.fields:
        bound = form[name]
        value = bound.value()
        if value is None or value is False:
            continue
        if value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = str(value) if not hasattr(value, "read") else ""
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for name in management.fields:
            data[management[name].html_name] = str(management[name].value() or 0)
        for sub in formset.forms:
            data.update(form_data(sub))
    return data


def snippet_form_data(instance, user, **changes):
    viewset = type(instance).snippet_viewset
    form_class = viewset.get_form_class(for_update=bool(instance.pk))
    data = form_data(form_class(instance=instance, for_user=user))
    data.update(changes)
    return data


def snippet_text_field(model):
    return "title" if model is Position else "name"


def po_upload(translation, title):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = title if entry.msgctxt == "title" else entry.msgid
    return io.BytesIO(str(po).encode("utf-8"))

