"""The page explorer's translation buttons without a query per row.

wagtail-localize's listing hook (`wagtail_localize.wagtail_hooks.page_listing_more_buttons`)
asks the database three times for every row ("is there a locale to translate into?",
"is this page a translation source?", "does the source have enabled translations?"),
and the add-on's "Submit translation for approval" button asked three more (the
row's synced translation, its progress, its workflow): 183 queries for 50 rows.

Here the explorer's queryset is annotated once (`annotate_listing`, from the
`construct_explorer_page_queryset` hook) with everything those buttons read, as
correlated subqueries evaluated for the listed page of rows only. The buttons read
the annotations (`listing_state`); a page that did not come through the explorer's
queryset (the page header, a search result) has none and is looked up as before.

`page_listing_more_buttons` replaces wagtail-localize's function in the listing hook
(`replace_localize_listing_hook`), with the same buttons, labels and URLs; its
`register_page_header_buttons` registration (one page per request) is left alone.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import (
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import StartsWith
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale, Page, WorkflowPage
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

LISTING_HOOK = "register_page_listing_more_buttons"
ORIGINAL_BUTTONS = localize_hooks.page_listing_more_buttons

_TRANSLATION = "_rp_translation_id"
_TRANSLATION_SOURCE = "_rp_translation_source_id"
_SEGMENTS = "_rp_segments"
_TRANSLATED = "_rp_translated_segments"
_SOURCE = "_rp_source_id"
_SOURCE_TRANSLATED = "_rp_source_has_translations"
_UNTRANSLATED_LOCALE = "_rp_has_locale_to_translate_to"
_WORKFLOW = "_rp_workflow_id"


@dataclass(frozen=True)
class ListingState:
    """What the explorer's buttons need to know about one row."""

    translation_id: int | None  # the enabled synced translation whose target is the row
    segments: int  # strings of that translation's source
    translated: int  # of which translated into the row's language
    source_id: int | None  # the translation source the row is the original of
    source_has_translations: bool
    has_locale_to_translate_to: bool
    workflow_id: int | None  # the row's workflow (its own or its nearest ancestor's), active


def _count(queryset):
    return Coalesce(
        Subquery(queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")[:1]),
        Value(0),
        output_field=IntegerField(),
    )


def annotate_listing(pages):
    """`pages` (the explorer's queryset) with the listing state as annotations."""
    translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"), enabled=True
    ).order_by("pk")
    segments = StringSegment.objects.filter(source_id=OuterRef(_TRANSLATION_SOURCE))
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("locale_id")),
                has_error=False,
            )
        )
    )
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    workflow = (
        WorkflowPage.objects.filter(workflow__active=True, page__depth__lte=OuterRef("depth"))
        .filter(StartsWith(ExpressionWrapper(OuterRef("path"), output_field=CharField()), F("page__path")))
        .order_by("-page__depth")
    )
    translated_locales = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    return pages.annotate(
        **{
            _TRANSLATION: Subquery(translation.values("pk")[:1]),
            _TRANSLATION_SOURCE: Subquery(translation.values("source_id")[:1]),
        }
    ).annotate(
        **{
            _SEGMENTS: _count(segments),
            _TRANSLATED: _count(translated),
            _SOURCE: Subquery(source.values("pk")[:1]),
            _SOURCE_TRANSLATED: Exists(
                Translation.objects.filter(
                    source__object_id=OuterRef("translation_key"), source__locale_id=OuterRef("locale_id"), enabled=True
                )
            ),
            _UNTRANSLATED_LOCALE: Exists(Locale.objects.exclude(id__in=translated_locales)),
            _WORKFLOW: Subquery(workflow.values("workflow_id")[:1]),
        }
    )


def listing_state(page) -> ListingState | None:
    """The row's state, when `page` came through the annotated explorer queryset."""
    if not hasattr(page, _WORKFLOW):
        return None
    return ListingState(
        translation_id=getattr(page, _TRANSLATION),
        segments=getattr(page, _SEGMENTS),
        translated=getattr(page, _TRANSLATED),
        source_id=getattr(page, _SOURCE),
        source_has_translations=bool(getattr(page, _SOURCE_TRANSLATED)),
        has_locale_to_translate_to=bool(getattr(page, _UNTRANSLATED_LOCALE)),
        workflow_id=getattr(page, _WORKFLOW),
    )


def page_listing_more_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's "Translate this page" / "Sync translated pages" listing buttons,
    read from the annotations when the row has them."""
    state = listing_state(page)
    if state is None:
        yield from ORIGINAL_BUTTONS(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if state.has_locale_to_translate_to:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield localize_hooks.ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if state.source_id is not None and state.source_has_translations:
        url = reverse("wagtail_localize:update_translations", args=[state.source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield localize_hooks.ListingButton(
            _("Sync translated pages"), url, priority=60, icon_name="resubmit"
        )


def replace_localize_listing_hook():
    """Put `page_listing_more_buttons` in the place of wagtail-localize's function in the
    explorer's listing hook (idempotent)."""
    registered = hooks._hooks.get(LISTING_HOOK, [])
    for index, (fn, order) in enumerate(registered):
        if fn is ORIGINAL_BUTTONS:
            registered[index] = (page_listing_more_buttons, order)
