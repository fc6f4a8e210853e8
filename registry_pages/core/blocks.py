"""Legal acts: the legal basis of a service, the act that adopted a code or plan."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class IdentifierBlock(blocks.CharBlock):
    """A reference number such as "РД-02-20-9": the same in every language.

    wagtail-localize offers no segment for it, so translations keep the
    source value and translators are not asked to "translate" a number.
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class LegalActBlock(blocks.StructBlock):
    """A legal act: a law, an ordinance, a council decision, a mayor's order."""

    title = blocks.CharBlock(label=_("title"))
    number = IdentifierBlock(label=_("number"), required=False)
    date = blocks.DateBlock(label=_("date"), required=False)
    issuer = blocks.CharBlock(
        label=_("issued by"), required=False, help_text=_("The body that adopted the act, e.g. the municipal council.")
    )
    url = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("legal act")
        template = "registry_pages/blocks/legal_act.html"
