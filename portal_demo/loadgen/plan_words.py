"""Vocabulary of the generated action plans, and deadlines as officials write them.

Parallel `T` lists like `words.py`. `deadline_text(kind, value, code, year)`
writes one deadline the way plans in each language write it ("м. март",
"тримесечно", "do 31.03.2026", "щокварталу", "Q2"); the generator reads it
back with the real parser, so every generated deadline is one the parser
recognises. Written for the load generator; nothing here is copied from the
seed documents.
"""

from portal_demo.content.text import T

PLAN_TITLES = [
    T(bg="План за прозрачно управление", pl="Plan przejrzystego zarządzania", uk="План прозорого врядування",
      en="Open government plan"),
    T(bg="План за достъпна администрация", pl="Plan dostępnej administracji", uk="План доступної адміністрації",
      en="Accessible administration plan"),
    T(bg="План за превенция на корупцията", pl="Plan przeciwdziałania korupcji", uk="План запобігання корупції",
      en="Anti-corruption plan"),
    T(bg="План за електронно управление", pl="Plan e-administracji", uk="План електронного врядування",
      en="E-government plan"),
    T(bg="План за гражданско участие", pl="Plan partycypacji obywatelskiej", uk="План громадської участі",
      en="Civic participation plan"),
]

OWNING_BODIES = [
    T(bg="Кметът на общината", pl="Burmistrz", uk="Міський голова", en="The Mayor"),
    T(bg="Секретарят на общината", pl="Sekretarz gminy", uk="Секретар ради", en="The Municipal Secretary"),
    T(bg="Общинският съвет", pl="Rada Gminy", uk="Міська рада", en="The Municipal Council"),
]

THEMES = [
    T(bg="Прозрачност в работата на администрацията", pl="Przejrzystość pracy urzędu",
      uk="Прозорість роботи адміністрації", en="Transparency of the administration"),
    T(bg="Достъп до обществена информация", pl="Dostęp do informacji publicznej", uk="Доступ до публічної інформації",
      en="Access to public information"),
    T(bg="Качество на административното обслужване", pl="Jakość obsługi mieszkańców",
      uk="Якість адміністративних послуг", en="Quality of service to residents"),
    T(bg="Отворени данни", pl="Otwarte dane", uk="Відкриті дані", en="Open data"),
    T(bg="Участие на гражданите", pl="Udział mieszkańców", uk="Участь мешканців", en="Residents' participation"),
    T(bg="Почтеност и конфликт на интереси", pl="Uczciwość i konflikt interesów", uk="Доброчесність і конфлікт інтересів",
      en="Integrity and conflicts of interest"),
]

# (title, task): the title names the measure, the task says what is to be done.
MEASURES = [
    (T(bg="Публикуване на договорите", pl="Publikacja umów", uk="Оприлюднення договорів", en="Publishing contracts"),
     T(bg="Публикуване на всички договори над 5 000 евро в профила на купувача.",
       pl="Publikowanie wszystkich umów powyżej 5 000 euro w rejestrze umów.",
       uk="Оприлюднення всіх договорів понад 5 000 євро на вебсайті громади.",
       en="Publish every contract above 5,000 EUR on the buyer profile.")),
    (T(bg="Ден на отворените врати", pl="Dzień otwarty urzędu", uk="День відкритих дверей", en="Open day"),
     T(bg="Организиране на ден на отворените врати в сградата на общината.",
       pl="Zorganizowanie dnia otwartego w budynku urzędu.",
       uk="Проведення дня відкритих дверей у приміщенні ради.",
       en="Hold an open day at the town hall.")),
    (T(bg="Анкета за удовлетвореност", pl="Ankieta satysfakcji", uk="Опитування задоволеності", en="Satisfaction survey"),
     T(bg="Провеждане на анкета сред потребителите на административни услуги и публикуване на резултатите.",
       pl="Przeprowadzenie ankiety wśród klientów urzędu i opublikowanie wyników.",
       uk="Проведення опитування отримувачів послуг і оприлюднення результатів.",
       en="Survey the users of the service centre and publish the results.")),
    (T(bg="Обучение на служителите", pl="Szkolenie pracowników", uk="Навчання працівників", en="Staff training"),
     T(bg="Обучение на служителите за работа със заявления за достъп до информация.",
       pl="Szkolenie pracowników z obsługi wniosków o informację publiczną.",
       uk="Навчання працівників роботі із запитами на інформацію.",
       en="Train staff in handling requests for public information.")),
    (T(bg="Набори от отворени данни", pl="Zbiory otwartych danych", uk="Набори відкритих даних", en="Open data sets"),
     T(bg="Публикуване на нови набори от данни на Портала за отворени данни.",
       pl="Publikacja nowych zbiorów danych w portalu otwartych danych.",
       uk="Оприлюднення нових наборів даних на порталі відкритих даних.",
       en="Publish new data sets on the open data portal.")),
    (T(bg="Публични консултации", pl="Konsultacje społeczne", uk="Громадські обговорення", en="Public consultations"),
     T(bg="Обществено обсъждане на проектите на наредби с поне 30-дневен срок.",
       pl="Konsultacje projektów uchwał z terminem co najmniej 30 dni.",
       uk="Громадське обговорення проєктів рішень строком щонайменше 30 днів.",
       en="Consult on draft ordinances for at least 30 days.")),
    (T(bg="Декларации по закона", pl="Oświadczenia majątkowe", uk="Декларації посадовців", en="Declarations of interests"),
     T(bg="Проверка и публикуване на декларациите на служителите.",
       pl="Analiza i publikacja oświadczeń majątkowych pracowników.",
       uk="Перевірка та оприлюднення декларацій посадових осіб.",
       en="Check and publish the declarations of officials.")),
    (T(bg="Отчет за изпълнението", pl="Sprawozdanie z realizacji", uk="Звіт про виконання", en="Progress report"),
     T(bg="Изготвяне на отчет за изпълнението на плана и представянето му на кмета.",
       pl="Przygotowanie sprawozdania z realizacji planu i przedstawienie go burmistrzowi.",
       uk="Підготовка звіту про виконання плану та подання його міському голові.",
       en="Prepare a report on the plan and present it to the Mayor.")),
    (T(bg="Достъпен сайт", pl="Dostępna strona", uk="Доступний вебсайт", en="Accessible website"),
     T(bg="Проверка на сайта на общината за достъпност и отстраняване на пропуските.",
       pl="Audyt dostępności strony gminy i usunięcie barier.",
       uk="Перевірка вебсайту громади на доступність і усунення недоліків.",
       en="Audit the municipal website for accessibility and fix the gaps.")),
    (T(bg="Регистър на сигналите", pl="Rejestr zgłoszeń", uk="Реєстр повідомлень", en="Register of reports"),
     T(bg="Водене на регистър на сигналите за корупция и публикуване на обобщена справка.",
       pl="Prowadzenie rejestru zgłoszeń nieprawidłowości i publikacja zestawienia.",
       uk="Ведення реєстру повідомлень про корупцію та оприлюднення узагальненої довідки.",
       en="Keep a register of corruption reports and publish a summary.")),
]

PROGRESS = [
    T(bg="Изпълнено частично, работата продължава.", pl="Zrealizowano częściowo, prace trwają.",
      uk="Виконано частково, робота триває.", en="Partly done; work continues."),
    T(bg="Публикуван е отчет на сайта на общината.", pl="Sprawozdanie opublikowano na stronie gminy.",
      uk="Звіт оприлюднено на вебсайті громади.", en="A report was published on the municipal website."),
    T(bg="Проведена е среща с граждани и организации.", pl="Odbyło się spotkanie z mieszkańcami i organizacjami.",
      uk="Відбулася зустріч з мешканцями та організаціями.", en="A meeting with residents and organisations was held."),
]

ACT_TITLE = T(bg="Заповед за утвърждаване на плана", pl="Zarządzenie w sprawie przyjęcia planu",
              uk="Розпорядження про затвердження плану", en="Order adopting the plan")
ACT_ISSUER = T(bg="Кмет на общината", pl="Burmistrz", uk="Міський голова", en="Mayor")

MONTHS = {
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
           "декември"],
    "pl": ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
           "listopad", "grudzień"],
    "uk": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень",
           "листопад", "грудень"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
ROMAN = ["I", "II", "III", "IV"]
# Fixed phrases, by deadline kind (and recurrence), in each language.
PHRASES = {
    "permanent": T(bg="постоянен", pl="stały", uk="постійно", en="permanent"),
    "ongoing": T(bg="текущ", pl="na bieżąco", uk="протягом року", en="ongoing"),
    "per_schedule": T(bg="по план", pl="według harmonogramu", uk="за графіком", en="as scheduled"),
    "monthly": T(bg="ежемесечно", pl="co miesiąc", uk="щомісяця", en="monthly"),
    "quarterly": T(bg="тримесечно", pl="kwartalnie", uk="щокварталу", en="quarterly"),
    "yearly": T(bg="ежегодно", pl="corocznie", uk="щороку", en="annually"),
}
BY = {"bg": "до {}", "pl": "do {}", "uk": "до {}", "en": "by {}"}
DAYS = {"bg": "{} работни дни", "pl": "{} dni roboczych", "uk": "{} робочих днів", "en": "{} working days"}
QUARTER = {"bg": "{} тримесечие", "pl": "{} kwartał", "uk": "{} квартал", "en": "Q{}"}


def deadline_text(kind: str, value, code: str) -> str:
    """A deadline written as a plan in `code` writes it (see the module docstring)."""
    if kind in PHRASES:
        return PHRASES[kind].in_language(code)
    if kind == "month":
        return f"м. {MONTHS[code][value - 1]}" if code == "bg" else MONTHS[code][value - 1]
    if kind == "quarter":
        return QUARTER[code].format(value if code == "en" else ROMAN[value - 1])
    if kind == "date":
        return BY[code].format(value.strftime("%d.%m.%Y"))
    if kind == "working_days":
        return DAYS[code].format(value)
    raise ValueError(kind)
