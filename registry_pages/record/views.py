"""`<page>/history/` and `<page>/history/<n>/`: a page's register of changes, and one old version.

Registered for every register page (`RegistryBasePage`, whose routes ask for them by
name). An old version is rendered with its page type's own template from its
revision, under an "archived version" notice, followed by what the next version
changed; the version in force is the page itself (its number redirects there).
"""

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from wagtail.models import Revision

from registry_pages.adapters.treebeard import remember_parent, remembered_parent
from registry_pages.core.layout import layout_for
from registry_pages.core.page_views import builds
from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.diff import diff_pages
from registry_pages.record.versions import published_versions
from registry_pages.workflow.trail import TRAIL_ATTRIBUTE, names_language, names_shown


def names_context(request) -> dict:
    """Names of approvers are shown by the same rule as under the page (workflow/trail.py)."""
    return {"show_names": names_shown(request), "names_language": names_language()}


def history_url(page, request=None) -> str:
    return page.get_url(request=request) + page.reverse_subpage("history")


def version_url(page, number, request=None) -> str:
    return page.get_url(request=request) + page.reverse_subpage("history_version", kwargs={"number": number})


# What belongs to the page as a whole, not to a revision (as in Wagtail's `Page.with_content_json`).
KEPT_FROM_PAGE = (
    "id", "pk", "content_type_id", "path", "depth", "numchild", "url_path", "draft_title", "live",
    "has_unpublished_changes", "owner_id", "latest_revision_id", "latest_revision_created_at",
    "live_revision_id", "last_published_at", "translation_key", "locale_id", "alias_of_id",
)


def old_version(page, revision):
    """The page as `revision` had it, in its place in the tree.

    Read without Wagtail's checks that each chosen row still exists (one query each): a
    row deleted since then is simply not shown. Rows the live page already read, and the
    parent the router found, are reused."""
    old = type(page).from_serializable_data(revision.content, check_fks=False)
    for name in KEPT_FROM_PAGE:
        setattr(old, name, getattr(page, name))
    if old.first_published_at is None:
        old.first_published_at = page.first_published_at
    if remembered_parent(page) is not None:  # the router's parent: the breadcrumbs need no query
        remember_parent(old, remembered_parent(page))
    for field in type(page)._meta.concrete_fields:
        if field.is_relation and field.many_to_one and field.is_cached(page):
            if getattr(old, field.attname) == getattr(page, field.attname):
                field.set_cached_value(old, field.get_cached_value(page))
    return old


@builds(RegistryBasePage, "history")
def history(page, request):
    layout_for(request, page)
    versions = published_versions(page)
    for version in versions:
        version.url = version_url(page, version.number, request)
    context = {"page": page, "self": page, "request": request, "versions": list(reversed(versions)),
               **names_context(request)}
    return TemplateResponse(request, "registry_pages/record/history.html", context)


@builds(RegistryBasePage, "history_version")
def history_version(page, request, number):
    versions = published_versions(page)
    if not 1 <= number <= len(versions):
        raise Http404
    version = versions[number - 1]
    if version.in_force:
        return HttpResponseRedirect(page.get_url(request=request))
    following = versions[number] if number < len(versions) else None
    wanted = {version.revision_id} | ({following.revision_id} if following else set())
    revisions = {r.pk: r for r in Revision.objects.filter(pk__in=wanted)}
    if version.revision_id not in revisions:
        raise Http404  # its revision was purged: the register still lists it
    old = old_version(page, revisions[version.revision_id])
    setattr(old, TRAIL_ATTRIBUTE, version.signatures)
    newer = None
    if following and following.revision_id in revisions:  # compared only: read without the tree
        newer = type(page).from_serializable_data(revisions[following.revision_id].content, check_fks=False)
    layout_for(request, page)
    context = old.get_context(request)
    context.update(
        archived_version=version,
        archived_page=page,
        history_url=history_url(page, request),
        next_version=following,
        next_version_url=version_url(page, following.number, request) if following and not following.in_force else "",
        version_changes=diff_pages(old, newer) if newer is not None else None,
    )
    return TemplateResponse(request, old.get_template(request), context)
