"""The card's feedback route: a plain POST form that works without JavaScript.

Valid answer → stored, then 303 to the card with a thank-you message
(`?feedback=thanks#feedback`). Invalid answer → the card again with the
errors (400). Daily limit reached → the card with a clear message (429),
nothing stored.
"""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation

from ..models.feedback import ServiceFeedback
from .forms import FeedbackForm
from .ratelimit import count_answer, limit_reached


def _render(card, request, form, status, state=""):
    context = card.get_context(request)
    context.update(feedback_form=form, feedback_state=state)
    return TemplateResponse(request, card.get_template(request), context, status=status)


def feedback_context(request) -> dict:
    """The empty form and the state shown after a redirect."""
    state = request.GET.get("feedback", "")
    return {"feedback_form": FeedbackForm(), "feedback_state": state if state == "thanks" else ""}


def submit_feedback(card, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FeedbackForm(request.POST)
    if limit_reached(request, card):
        return _render(card, request, FeedbackForm(), 429, state="limit")
    if not form.is_valid():
        return _render(card, request, form, 400)
    ServiceFeedback.objects.create(
        page=card,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"].strip(),
        language=card.locale.language_code if card.locale_id else translation.get_language(),
    )
    count_answer(request, card)
    return HttpResponseRedirect(f"{card.get_url(request=request)}?feedback=thanks#feedback", status=303)
