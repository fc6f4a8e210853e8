from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registry_pages.feedback.models import COMMENT_MAX_LENGTH


def _comment_help() -> str:
    """Interpolated when shown, in the visitor's language (a lazy string formatted at import time
    would be frozen in the language active then)."""
    return gettext("Up to %(count)s characters. Do not write your name, address or phone number.") % {
        "count": COMMENT_MAX_LENGTH
    }


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this helpful?"),
        choices=[("yes", _("Yes, it was helpful")), ("no", _("No, it was not helpful"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether the page was helpful.")},
    )
    comment = forms.CharField(
        label=_("What could we improve? (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH}),
        help_text=lazy(_comment_help, str)(),
        error_messages={
            "max_length": _("The comment is too long: at most %(limit_value)d characters, it has %(show_value)d.")
        },
    )
