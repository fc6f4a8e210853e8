"""What citizens opened after a query: a redirect that counts, per day, query and page.

Result links go through `/<lang>/search/go/<page id>/?q=…`, which adds one to
`SearchClickDay` and redirects to the page. Only a query that was asked (and
logged) today in that language is counted, and only a live, public page of
that language is redirected to: a crafted link can neither store free text
nor send anyone elsewhere. No IP, user, session or cookie is kept.
"""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from registry_pages.core.params import int_param
from registry_pages.core.user_query import clean_query

from . import known
from .models import SearchClickDay, SearchQueryDay


def click_url(page_id: int, query: str) -> str:
    return reverse("search_click", args=[page_id]) + "?" + urlencode({"q": query})


def opened(request, page_id):
    from .views import normalise_for_log

    locale = known.active_locale()
    pk = int_param(str(page_id), minimum=1)
    page = Page.objects.live().public().filter(pk=pk, locale=locale).first() if pk else None
    url = page.get_url(request=request) if page else None
    if not url:
        raise Http404
    query = normalise_for_log(clean_query(request.GET.get("q")))
    language = locale.language_code
    asked = SearchQueryDay.objects.filter(date=timezone.localdate(), language=language, query=query).exists()
    if query and asked:
        SearchClickDay.record(query, language, page.pk)
    response = redirect(url)
    response["X-Robots-Tag"] = "noindex"
    return response
