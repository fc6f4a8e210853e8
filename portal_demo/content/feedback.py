"""Demo satisfaction feedback: the public results page and answers on a few cards.

Answers fall in the current and the previous quarter; some carry comments,
one approved, one rejected, one still waiting for a moderator. The texts are
written for the demo. Idempotent.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from portal_demo.content.text import TARGET_LANGUAGES, T
from portal_demo.content.translate import translate_all
from registry_pages.models import FeedbackResultsPage, ServiceCardPage, ServiceFeedback

TITLE = T(bg="Доволни ли са гражданите", pl="Ocena usług przez mieszkańców", uk="Оцінка послуг мешканцями",
          en="How residents rate our services")
INTRO = T(
    bg="<p>Всяка карта на услуга пита „Полезно ли беше?“. Тук публикуваме отговорите по тримесечия.</p>",
    pl="<p>Każda karta usługi pyta „Czy to było pomocne?”. Tutaj publikujemy odpowiedzi kwartał po kwartale.</p>",
    uk="<p>Кожна картка послуги запитує «Чи було це корисно?». Тут ми публікуємо відповіді щокварталу.</p>",
    en="<p>Every service card asks “Was this helpful?”. We publish the answers here, quarter by quarter.</p>",
)
# card position in the catalogue, helpful answers, unhelpful answers (this quarter, last quarter)
ANSWERS = [(0, (9, 2), (6, 3)), (1, (4, 4), (5, 1)), (2, (7, 1), (2, 2)), (3, (3, 0), (0, 0))]
COMMENTS = [
    (0, True, "Ясно е написано кои документи да нося. Благодаря!", ServiceFeedback.Status.APPROVED),
    (1, False, "Липсва информация дали може да се плати с карта на гише.", ServiceFeedback.Status.APPROVED),
    (1, False, "Реклама на сайт за бързи кредити", ServiceFeedback.Status.REJECTED),
    (2, True, "Добре би било да има и формуляр за попълване онлайн.", ServiceFeedback.Status.PENDING),
]


def _quarter_start(moment):
    local = timezone.localtime(moment)
    return local.replace(month=3 * ((local.month - 1) // 3) + 1, day=1, hour=10, minute=0, second=0, microsecond=0)


def _feedback(source_cards):
    now = timezone.now()
    this_quarter = _quarter_start(now)
    last_quarter = _quarter_start(this_quarter - datetime.timedelta(days=1))
    rows = []
    for position, current, previous in ANSWERS:
        card = source_cards[position]
        for start, (yes, no) in ((this_quarter, current), (last_quarter, previous)):
            for i in range(yes + no):
                when = min(start + datetime.timedelta(hours=5 * i), now)
                rows.append(ServiceFeedback(page=card, helpful=i < yes, language="bg", created_at=when,
                                            status=ServiceFeedback.Status.APPROVED))
    for position, helpful, comment, status in COMMENTS:
        rows.append(ServiceFeedback(page=source_cards[position], helpful=helpful, comment=comment, language="bg",
                                    created_at=min(this_quarter + datetime.timedelta(days=2), now), status=status,
                                    moderated_at=None if status == ServiceFeedback.Status.PENDING else now))
    ServiceFeedback.objects.bulk_create(rows)


def load(home, log=print) -> dict[str, int]:
    page = FeedbackResultsPage.objects.child_of(home).first()
    if page is None:
        page = FeedbackResultsPage(title=TITLE.bg, slug="otsenka-na-uslugite", intro=INTRO.bg, show_in_menus=False)
        home.add_child(instance=page)
        page.save_revision().publish()
    missing = [c for c in TARGET_LANGUAGES if not page.has_translation(Locale.objects.get(language_code=c))]
    if missing:
        translate_all(FeedbackResultsPage.objects.get(pk=page.pk), [TITLE, INTRO], missing)
    cards = list(ServiceCardPage.objects.live().filter(locale_id=home.locale_id).order_by("path")[:4])
    if len(cards) == 4 and not ServiceFeedback.objects.exists():
        _feedback(cards)
    log("  feedback: results page in four languages, demo answers on four cards")
    return {"feedback results pages": FeedbackResultsPage.objects.live().count(),
            "feedback answers": ServiceFeedback.objects.count()}
