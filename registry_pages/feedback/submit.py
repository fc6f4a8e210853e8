"""The card's feedback route: a plain POST form that works without JavaScript.

The form carries no CSRF token, so a service card stays one cacheable page
for every citizen (a token would make each card private to its visitor and
bypass the page cache). `feedback_view` is exempt from Django's token check
and refuses cross-site posts by the headers browsers send instead (`Origin`,
`Sec-Fetch-Site`: OWASP's "verifying origin with standard headers"); the
answer is anonymous, rate-limited and moderated, so a forged one gains nothing.

Valid answer → counted (`ratelimit.reserve`, atomic), stored, then 303 to
the card with a thank-you message (`?feedback=thanks#feedback`). Invalid
answer → the card again with the errors (400), not counted. Daily limit
reached → the card with a clear message (429), nothing stored. Limit's cache
unreachable → the card with a "try again later" message (503), nothing stored.
"""

from urllib.parse import urlsplit

from django.db import transaction
from django.http import (
    HttpResponseForbidden,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.views import serve

from registry_pages.core.page_views import builds
from registry_pages.feedback.forms import FeedbackForm
from registry_pages.feedback.models import ServiceFeedback
from registry_pages.feedback.ratelimit import LimitUnavailable, release, reserve
from registry_pages.services.models import ServiceCardPage


def _render(card, request, form, status, state=""):
    context = card.get_context(request)
    context.update(feedback_form=form, feedback_state=state)
    return TemplateResponse(request, card.get_template(request), context, status=status)


def feedback_context(request) -> dict:
    """The empty form and the state shown after a redirect."""
    state = request.GET.get("feedback", "")
    return {"feedback_form": FeedbackForm(), "feedback_state": state if state == "thanks" else ""}


@builds(ServiceCardPage, "feedback")
def submit_feedback(card, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _render(card, request, form, 400)
    try:
        within_limit = reserve(request, card)
    except LimitUnavailable:
        return _render(card, request, FeedbackForm(), 503, state="unavailable")
    if not within_limit:
        return _render(card, request, FeedbackForm(), 429, state="limit")
    try:
        with transaction.atomic():
            ServiceFeedback.objects.create(
                page=card,
                helpful=form.cleaned_data["helpful"],
                comment=form.cleaned_data["comment"].strip(),
                language=card.locale.language_code if card.locale_id else translation.get_language(),
            )
    except Exception:
        release(request, card)
        raise
    return HttpResponseRedirect(f"{card.get_url(request=request)}?feedback=thanks#feedback", status=303)


def same_origin(request) -> bool:
    """False for a post a browser sent from another site."""
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not sent by old browsers and non-browser clients
    return origin != "null" and urlsplit(origin).netloc == request.get_host()


@csrf_exempt
def feedback_view(request, path):
    """`<card path>/feedback/`: checks the origin, then Wagtail serves the card's route."""
    if request.method == "POST" and not same_origin(request):
        return HttpResponseForbidden(_("Answers can only be sent from this portal's own pages."))
    return serve(request, f"{path}feedback/")
