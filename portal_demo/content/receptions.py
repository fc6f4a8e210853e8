"""Demo reception days: the mayor, both deputy mayors, the secretary, the chief architect.

One deputy mayor receives on two days with different hours, the secretary
on a Monday afternoon and a Wednesday morning; some receptions are by
appointment only. Created in Bulgarian, then translated. Idempotent.
"""

import datetime

from wagtail.models import Locale

from portal_demo.content.directory import department, position
from portal_demo.content.text import TARGET_LANGUAGES, T
from portal_demo.content.translate import translate_all
from registry_pages.models import ReceptionDaysPage, ReceptionSlot

MON, TUE, WED, THU, FRI = range(5)

TITLE = T(bg="Приемни дни", pl="Godziny przyjęć interesantów", uk="Графік особистого прийому громадян",
          en="Reception days of officials")
INTRO = T(
    bg="<p>Кметът, заместник-кметовете, секретарят и главният архитект приемат граждани в сградата на общината. "
       "За приемите с предварително записване се обадете в деловодството.</p>",
    pl="<p>Burmistrz, jego zastępcy, sekretarz i architekt miejski przyjmują mieszkańców w budynku urzędu. "
       "Na przyjęcia wymagające zapisu prosimy zgłaszać się telefonicznie do kancelarii.</p>",
    uk="<p>Міський голова, його заступники, секретар ради та головний архітектор приймають громадян у приміщенні ради. "
       "На прийом за попереднім записом запишіться телефоном у загальному відділі.</p>",
    en="<p>The mayor, the deputy mayors, the secretary and the chief architect meet residents at the town hall. "
       "For receptions by appointment, please book by phone with the registry office.</p>",
)
BOOK_BY_PHONE = T(bg="Записване на тел. 0301 600 01", pl="Zapisy pod nr tel. 0301 600 01",
                  uk="Запис за тел. 0301 600 01", en="Book on 0301 600 01")
BRING_PLOT = T(bg="Носете номера на имота или на преписката", pl="Prosimy zabrać numer działki lub sprawy",
               uk="Візьміть номер ділянки або справи", en="Bring the plot or file number")
# position key, weekday, from, to, room, by appointment, note
SLOTS = [
    ("mayor", THU, "14:00", "17:00", "201", True, BOOK_BY_PHONE),
    ("deputy_mayor_social", TUE, "09:00", "12:00", "204", False, None),
    ("deputy_mayor_social", FRI, "13:30", "16:30", "204", True, BOOK_BY_PHONE),
    ("deputy_mayor_finance", WED, "09:00", "12:00", "206", True, None),
    ("secretary", MON, "13:30", "17:00", "210", False, None),
    ("secretary", WED, "08:30", "11:30", "210", False, None),
    ("chief_architect", THU, "09:00", "11:30", "305", True, BRING_PLOT),
]


def _time(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text.zfill(5))


def load(home, log=print) -> dict[str, int]:
    page = ReceptionDaysPage.objects.child_of(home).first()
    if page is None:
        page = ReceptionDaysPage(
            title=TITLE.bg, slug="priemni-dni", intro=INTRO.bg, show_in_menus=True,
            responsible_department=department("administration"), contact_position=position("secretary"),
            last_reviewed=datetime.date(2026, 1, 15),
        )
        page.slots = [
            ReceptionSlot(
                position=position(key), weekday=day, time_from=_time(start), time_to=_time(end), room=room,
                by_appointment=appointment, note=note.bg if note else "",
            )
            for key, day, start, end, room, appointment, note in SLOTS
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
    missing = [c for c in TARGET_LANGUAGES if not page.has_translation(Locale.objects.get(language_code=c))]
    if missing:
        strings = [TITLE, INTRO, BOOK_BY_PHONE, BRING_PLOT]
        translate_all(ReceptionDaysPage.objects.get(pk=page.pk), strings, missing)
    log("  reception days: 5 officials, 7 weekly receptions, in four languages")
    return {
        "reception days pages": ReceptionDaysPage.objects.live().count(),
        "reception hours": ReceptionSlot.objects.count(),
    }
