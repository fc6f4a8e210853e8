"""Blocks of the service card for what real cards carry beside documents, fees and times:
documents grouped by the applicant's situation, contact persons, and the places to apply
and to collect the result.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail import blocks

from registry_pages.services.blocks import RequiredDocumentBlock

APPLY, COLLECT, APPLY_AND_COLLECT = "apply", "collect", "both"
PLACE_PURPOSES = [
    (APPLY, _("applications are accepted here")),
    (COLLECT, _("the result is collected here")),
    (APPLY_AND_COLLECT, _("apply and collect here")),
]


class DocumentGroupBlock(blocks.StructBlock):
    """Documents needed only in one situation, e.g. "if applying through a proxy"."""

    condition = blocks.CharBlock(
        label=_("when"), help_text=_("The situation, e.g. if applying through a proxy; for a company.")
    )
    documents = blocks.ListBlock(RequiredDocumentBlock(), label=_("documents"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("documents for a situation")


class ContactPersonBlock(blocks.StructBlock):
    """An official citizens may ask about the service. The name is published only with the person's
    consent (the position, the office phone and e-mail always)."""

    position = blocks.CharBlock(label=_("position"), required=False, default="", help_text=_("E.g. senior expert, civil status."))
    name = blocks.CharBlock(label=_("name"), required=False, default="")
    publish_name = blocks.BooleanBlock(
        label=_("consent to publish the name"),
        required=False,
        default=False,
        help_text=_("Tick only with the person's consent. Without it the page shows the position, not the name."),
    )
    phone = blocks.CharBlock(label=_("phone"), required=False, default="")
    email = blocks.EmailBlock(label=_("email"), required=False, default="")

    class Meta:
        icon = "user"
        label = _("contact person")


class PlaceBlock(blocks.StructBlock):
    """A place where citizens apply, or collect the result, or both."""

    purpose = blocks.ChoiceBlock(choices=PLACE_PURPOSES, default=APPLY, label=_("purpose"))
    name = blocks.CharBlock(label=_("place"), help_text=_("E.g. one-stop shop, town hall; a village mayor's office."))
    address = blocks.CharBlock(label=_("address"), required=False, default="")
    room = blocks.CharBlock(label=_("room or desk"), required=False, default="")
    hours = blocks.CharBlock(label=_("hours"), required=False, default="")
    note = blocks.CharBlock(label=_("note"), required=False, default="")

    class Meta:
        icon = "site"
        label = _("place")


def public_contact(value) -> dict:
    """A contact person as the public page, the API and the exports show it: the name only with consent."""
    return {
        "position": value.get("position") or "",
        "name": (value.get("name") or "") if value.get("publish_name") else "",
        "phone": value.get("phone") or "",
        "email": value.get("email") or "",
    }


class PublicContactsSerializer(serializers.Field):
    """The card's contact persons in the API: a name only when the person consented to publishing it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [public_contact(block.value) for block in value]
