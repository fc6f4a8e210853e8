"""Learn from the “few results” report: one click from a query to a fix, moderated.

Each row of the report offers two actions:

- **Add as synonym**: the synonym set form, pre-filled with the query in its
  language; the editor adds the official words and saves a draft, which goes
  through the publication workflow like the directory snippets.
- **These words mean a page**: choose the card (or another page with “also
  searched as”); the query is added to that field in a new **draft** of the
  page in the query's language, and the editor lands in the page editor to
  submit it for approval. Nothing is published from here.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import CreateView

from registry_pages.core.also_searched import AlsoSearchedAsMixin


def phrase_page_models() -> list:
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, AlsoSearchedAsMixin)]


def synonym_url(query: str, language: str) -> str:
    return reverse("wagtailsnippets_search_synonymset:add") + "?" + urlencode({"locale": language, "terms": query})


def attach_url(query: str, language: str) -> str:
    return reverse("search_reports:attach") + "?" + urlencode({"q": query, "language": language})


class PrefilledSynonymCreateView(CreateView):
    """The synonym set form, its words pre-filled from `?terms=` (the report's query)."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        terms = " ".join(self.request.GET.get("terms", "").split())[:255]
        if instance is not None and terms and self.request.method == "GET":
            instance.terms = terms + ", "
        return instance


class AttachPhraseForm(forms.Form):
    phrase = forms.CharField(label=gettext_lazy("Words citizens typed"), max_length=255)
    page = forms.ModelChoiceField(
        label=gettext_lazy("The page they mean"),
        queryset=Page.objects.all(),
        widget=AdminPageChooser(target_models=phrase_page_models()),
        help_text=gettext_lazy("The words are added to its “also searched as” in a new draft, in the query's language."),
    )


def _page_in(page, language: str):
    """The page's translation in the query's language, as its latest draft, or None."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    page = page.specific if page.locale_id == locale.pk else page.get_translation_or_none(locale)
    if page is None or not isinstance(page.specific, AlsoSearchedAsMixin):
        return None
    return page.specific.get_latest_revision_as_object()


def attach_phrase(request):
    """GET: the form pre-filled with the query; POST: add the words to the page's draft."""
    language = request.GET.get("language") or request.POST.get("language") or ""
    form = AttachPhraseForm(request.POST or None, initial={"phrase": request.GET.get("q", "")})
    if request.method == "POST" and form.is_valid():
        page = _page_in(form.cleaned_data["page"], language)
        if page is None:
            form.add_error("page", _("This page has no “also searched as” field in the query's language."))
        elif not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        else:
            phrase = form.cleaned_data["phrase"]
            if page.add_also_searched_phrase(phrase):
                page.save_revision(user=request.user, log_action=True)
                messages.success(
                    request,
                    _("“%(phrase)s” was added to a draft of “%(page)s”. Submit it for approval to publish it.")
                    % {"phrase": phrase, "page": page.title},
                )
            else:
                messages.info(request, _("“%(page)s” already lists “%(phrase)s”.") % {"phrase": phrase, "page": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "search/attach_phrase.html",
        {"form": form, "language": language, "page_title": _("These words mean a page")},
    )
