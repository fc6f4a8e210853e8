"""Open data downloaded from the page, as a visitor does, and parsed."""

import pytest

from registry_pages.models import ReceptionDaysPage

from .support.downloads import parse_csv_download, parse_ical_download
from .support.pages import in_language


@pytest.mark.e2e
def test_reception_days_calendar_and_csv_download_and_parse(page):
    reception = in_language(ReceptionDaysPage, "en")
    slots = reception.slots.count()
    page.goto(reception.url)
    name, calendar = parse_ical_download(page, page.get_by_role("link", name="Add to your calendar (iCalendar)"))
    assert name.endswith(".ics")
    events = calendar.walk("VEVENT")
    assert len(events) == slots
    assert all(event.get("rrule")["FREQ"] == ["WEEKLY"] for event in events)
    assert all(str(event.get("summary")).startswith("Reception") for event in events)

    name, rows = parse_csv_download(page, page.get_by_role("link", name="Open data: CSV"))
    assert name.endswith(".csv") and len(rows) == slots


@pytest.mark.e2e
def test_ngo_register_csv_download_parses_and_respects_consent(page):
    from registry_pages.models import NGOEntryPage, NGORegisterPage

    register = in_language(NGORegisterPage, "en")
    entries = NGOEntryPage.objects.child_of(register).live()
    page.goto(register.url)
    name, rows = parse_csv_download(page, page.get_by_role("link", name="Download the register as CSV"))
    assert name.endswith(".csv")
    assert len(rows) == entries.count()
    without_consent = [e for e in entries if not e.publish_contact_consent and e.head_name]
    with_consent = [e for e in entries if e.publish_contact_consent and e.head_name]
    assert without_consent and with_consent, "the demo has organisations with and without consent"
    cells = {cell for row in rows for cell in row.values()}
    assert all(entry.head_name not in cells for entry in without_consent)
    assert all(entry.head_name in cells for entry in with_consent)
