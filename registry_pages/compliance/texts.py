"""The starting texts of the required pages, written in the page's language.

Each text is a gettext string (translated in the add-on's catalogues) rendered under
`translation.override(language)` with the site's facts: the country's access-to-information
act and answer time, the municipality's address, e-mail and phone. A draft made from them
still goes through the approval workflow: editors check and complete it before it is public.
"""

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registry_pages.compliance.requirements import ANSWER_DAYS, SectionKind
from registry_pages.core.country import Country

ACCESS_LAWS = {
    Country.BULGARIA: gettext_lazy("the Access to Public Information Act"),
    Country.POLAND: gettext_lazy("the Act of 6 September 2001 on access to public information"),
    Country.UKRAINE: gettext_lazy("the Law of Ukraine “On Access to Public Information”"),
}

# Pre-filled on a new accessibility statement; the editor corrects it after an assessment.
DEFAULT_NON_ACCESSIBLE = gettext_lazy(
    "Documents published as scanned images (PDF without a text layer) cannot be read by screen readers; "
    "ask us for an accessible version."
)


def _request_paragraphs(facts: dict) -> list[str]:
    contacts = []
    if facts["email"]:
        contacts.append(_("by e-mail to %(email)s") % facts)
    if facts["address"]:
        contacts.append(_("by post or in person at %(address)s") % facts)
    if facts["phone"]:
        contacts.append(_("orally by phone on %(phone)s") % facts)
    paragraphs = []
    if contacts:
        paragraphs.append(_("Send your request %(ways)s.") % {"ways": "; ".join(contacts)})
    paragraphs += [
        _("Say what information you want and how you want to receive it: on paper, by e-mail or on a data carrier."),
        _("We answer within %(days)d days. When we do not hold the information, we tell you so and, where we "
          "know, who holds it.") % facts,
        _("A refusal can be appealed in court; the decision says how and by when."),
    ]
    return paragraphs


def _paragraphs(kind: str, facts: dict) -> list[str]:
    if kind == SectionKind.ACCESS_TO_INFORMATION:
        return [_("Anyone may ask the municipality for public information, without giving a reason, under "
                  "%(law)s.") % facts, *_request_paragraphs(facts)]
    if kind == SectionKind.UNPUBLISHED_INFORMATION:
        return [_("Public information that is not published on this site is provided on request, under "
                  "%(law)s.") % facts, *_request_paragraphs(facts)]
    if kind == SectionKind.EDITORS:
        lines = [_("This site is edited by the municipal administration. Under every page you find who "
                   "prepared the information, who entered it and who approved it.")]
        if facts["address"]:
            lines.append(_("Address of the editors: %(address)s.") % facts)
        if facts["email"] or facts["phone"]:
            lines.append(_("Contact the editors: %(contacts)s.")
                         % {"contacts": ", ".join(c for c in (facts["email"], facts["phone"]) if c)})
        lines.append(_("Editor responsible for the site: (name, position, phone and e-mail of at least one editor)."))
        return lines
    if kind == SectionKind.INSTRUCTIONS:
        return [
            _("The menu at the top of every page leads to the site's sections; the search box finds pages by "
              "the words you use, with or without diacritics."),
            _("The language switcher at the top lists the languages the page is available in."),
            _("Under each page you find who prepared, entered and approved it and when it was published, and a "
              "link to its history: every earlier version, with what changed. The register of changes lists the "
              "changes of the whole site."),
            _("Lists can be downloaded as CSV or JSON files, and every page prints without its menus."),
            _("The site works without JavaScript and with screen readers; see the accessibility statement."),
        ]
    return []


def draft_texts(kind: str, language: str, country: str, municipality=None, details=None) -> dict:
    """The title and body (HTML) of a new page of `kind`, in `language`."""
    with translation.override(language):
        facts = {
            "law": str(ACCESS_LAWS.get(country, ACCESS_LAWS[Country.BULGARIA])),
            "days": ANSWER_DAYS.get(country, 14),
            "email": municipality.email if municipality else "",
            "phone": municipality.phone if municipality else "",
            "address": details.address if details else "",
        }
        body = "".join(f"<p>{escape(text)}</p>" for text in _paragraphs(kind, facts))
        texts = {"title": str(SectionKind(kind).label), "body": body}
        if kind == SectionKind.ACCESSIBILITY:
            texts["non_accessible_content"] = str(DEFAULT_NON_ACCESSIBLE)
        return texts
