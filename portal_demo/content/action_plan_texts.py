"""Texts of the demo action plan of Belorechie for 2026, in four languages.

Written for the demo (not taken from any real plan): six themes, eighteen
tasks of the kinds a municipal transparency plan holds.
"""

from portal_demo.content.text import T

TITLE = T(bg="План за открито и отговорно управление 2026", pl="Plan otwartego i odpowiedzialnego zarządzania 2026",
          uk="План відкритого та відповідального врядування на 2026 рік",
          en="Open and accountable government plan 2026")
INTRO = T(
    bg="<p>Планът събира задачите, с които общинската администрация на Белоречие прави работата си по-видима "
       "за гражданите през 2026 г. Всяка задача има отговорник и срок; напредъкът се отчита тук.</p>",
    pl="<p>Plan zbiera zadania, dzięki którym administracja gminy Białorzecze w 2026 roku czyni swoją pracę "
       "bardziej widoczną dla mieszkańców. Każde zadanie ma osobę odpowiedzialną i termin; postęp jest opisywany tutaj.</p>",
    uk="<p>План об’єднує завдання, якими адміністрація громади Білоріччя у 2026 році робить свою роботу "
       "помітнішою для мешканців. Кожне завдання має відповідального і строк; поступ звітується тут.</p>",
    en="<p>The plan brings together the tasks by which the Belorechie municipal administration makes its work "
       "more visible to residents in 2026. Every task has an owner and a deadline; progress is reported here.</p>",
)
OWNING_BODY = T(bg="Общинска администрация Белоречие", pl="Urząd Gminy Białorzecze",
                uk="Виконавчий комітет Білоріцької ради", en="Belorechie municipal administration")
ACT_TITLE = T(bg="Заповед на кмета за утвърждаване на плана", pl="Zarządzenie burmistrza w sprawie przyjęcia planu",
              uk="Розпорядження міського голови про затвердження плану", en="Mayor's order adopting the plan")
ACT_ISSUER = T(bg="Кмет на общината", pl="Burmistrz", uk="Міський голова", en="Mayor")

THEMES = [
    ("1", T(bg="Открито управление и публична информация", pl="Otwarte zarządzanie i informacja publiczna",
            uk="Відкрите врядування та публічна інформація", en="Open government and public information")),
    ("2", T(bg="Изнесени приемни и диалог с гражданите", pl="Dyżury w terenie i dialog z mieszkańcami",
            uk="Виїзні прийоми та діалог з мешканцями", en="Off-site receptions and dialogue with residents")),
    ("3", T(bg="Качество на административното обслужване", pl="Jakość obsługi mieszkańców",
            uk="Якість адміністративного обслуговування", en="Quality of administrative services")),
    ("4", T(bg="Превенция на корупцията", pl="Zapobieganie korupcji", uk="Запобігання корупції",
            en="Preventing corruption")),
    ("5", T(bg="Обучение на служителите", pl="Szkolenia pracowników", uk="Навчання працівників",
            en="Staff training")),
    ("6", T(bg="Достъп до обществена информация", pl="Dostęp do informacji publicznej",
            uk="Доступ до публічної інформації", en="Access to public information")),
]

# Deadlines as an editor writes them, in each language (each is read by the parser).
MARCH = T(bg="м. март", pl="marzec", uk="березень", en="March")
MAY = T(bg="м. май", pl="maj", uk="травень", en="May")
JANUARY = T(bg="януари", pl="styczeń", uk="січень", en="January")
FEBRUARY = T(bg="м.февруари", pl="luty", uk="лютий", en="February")
JULY = T(bg="м. юли", pl="lipiec", uk="липень", en="July")
OCTOBER = T(bg="м. октомври", pl="październik", uk="жовтень", en="October")
NOVEMBER = T(bg="м. ноември", pl="listopad", uk="листопад", en="November")
DECEMBER = T(bg="декември", pl="grudzień", uk="грудень", en="December")
PERMANENT = T(bg="постоянен", pl="stale", uk="постійно", en="permanent")
ONGOING = T(bg="текущо", pl="na bieżąco", uk="протягом року", en="ongoing")
QUARTERLY = T(bg="тримесечно", pl="kwartalnie", uk="щокварталу", en="quarterly")
PER_PLAN = T(bg="по план", pl="według planu", uk="за планом", en="per plan")
ON_UPDATE = T(bg="При актуализация", pl="przy każdej aktualizacji", uk="при кожному оновленні", en="on each update")
BY_30_JUNE = T(bg="до 30.06.2026", pl="do 30.06.2026", uk="до 30.06.2026", en="by 30.06.2026")

# number, title, task, deadline, owner keys (first organises), status, completed on, progress reports
ITEMS = [
    ("1.1", T(bg="Годишен отчет на администрацията", pl="Roczne sprawozdanie urzędu", uk="Річний звіт адміністрації",
              en="Annual report of the administration"),
     T(bg="Публикуване на годишния отчет за дейността на общинската администрация на сайта на общината.",
       pl="Publikacja rocznego sprawozdania z działalności urzędu na stronie gminy.",
       uk="Оприлюднення річного звіту про діяльність адміністрації на сайті громади.",
       en="Publishing the annual activity report of the administration on the municipality's website."),
     MARCH, ["directors", "pr_expert"], "done", "2026-03-27",
     [("2026-03-27", T(bg="Отчетът е публикуван в раздел „Отчети“.", pl="Sprawozdanie opublikowano w dziale „Sprawozdania”.",
                       uk="Звіт оприлюднено в розділі «Звіти».", en="The report was published in the Reports section."))]),
    ("1.2", T(bg="Проекти на решения преди заседанията", pl="Projekty uchwał przed sesjami", uk="Проєкти рішень до засідань",
              en="Draft resolutions before council sessions"),
     T(bg="Публикуване на проектите на решения на общинския съвет поне 14 дни преди заседанието.",
       pl="Publikacja projektów uchwał rady gminy co najmniej 14 dni przed sesją.",
       uk="Оприлюднення проєктів рішень ради щонайменше за 14 днів до засідання.",
       en="Publishing the council's draft resolutions at least 14 days before each session."),
     PERMANENT, ["secretary"], "in_progress", None, []),
    ("1.3", T(bg="Ден на отворените врати", pl="Dzień otwarty urzędu", uk="День відкритих дверей",
              en="Open day at the town hall"),
     T(bg="Организиране на ден на отворените врати в сградата на общината.",
       pl="Zorganizowanie dnia otwartego w budynku urzędu gminy.",
       uk="Організація дня відкритих дверей у приміщенні ради.",
       en="Organising an open day in the town hall."),
     MAY, ["pr_expert"], "done", "2026-05-22",
     [("2026-05-22", T(bg="Над 200 посетители; снимки в галерията.", pl="Ponad 200 odwiedzających; zdjęcia w galerii.",
                       uk="Понад 200 відвідувачів; світлини в галереї.", en="More than 200 visitors; photos in the gallery."))]),
    ("1.4", T(bg="График на приемните дни", pl="Harmonogram przyjęć interesantów", uk="Графік особистого прийому",
              en="Reception days schedule"),
     T(bg="Публикуване на графика на приемните дни на кмета и заместник-кметовете.",
       pl="Publikacja harmonogramu przyjęć burmistrza i jego zastępców.",
       uk="Оприлюднення графіка прийому міського голови та заступників.",
       en="Publishing the reception days of the mayor and the deputy mayors."),
     JANUARY, ["pr_expert"], "done", "2026-01-16", []),
    ("1.5", T(bg="Регистър на неправителствените организации", pl="Rejestr organizacji pozarządowych",
              uk="Реєстр громадських організацій", en="Register of NGOs"),
     T(bg="Поддържане на регистъра на неправителствените организации в общината.",
       pl="Prowadzenie rejestru organizacji pozarządowych działających w gminie.",
       uk="Ведення реєстру громадських організацій громади.",
       en="Keeping the register of the municipality's NGOs up to date."),
     QUARTERLY, ["head_social", "pr_expert"], "in_progress", None, []),
    ("2.1", T(bg="График на изнесените приемни", pl="Harmonogram dyżurów w sołectwach", uk="Графік виїзних прийомів",
              en="Off-site reception schedule"),
     T(bg="Изготвяне на график за изнесени приемни в кметствата на селата.",
       pl="Przygotowanie harmonogramu dyżurów w sołectwach.",
       uk="Складання графіка виїзних прийомів у старостинських округах.",
       en="Drawing up a schedule of receptions held in the villages."),
     FEBRUARY, ["secretary"], "planned", None, []),
    ("2.2", T(bg="Съобщения за изнесените приемни", pl="Komunikaty o dyżurach w terenie", uk="Повідомлення про виїзні прийоми",
              en="Notices of off-site receptions"),
     T(bg="Публикуване на съобщения за проведените изнесени приемни.",
       pl="Publikacja komunikatów o odbytych dyżurach w terenie.",
       uk="Оприлюднення повідомлень про проведені виїзні прийоми.",
       en="Publishing notices of the off-site receptions held."),
     ONGOING, ["pr_expert"], "in_progress", None, []),
    ("2.3", T(bg="Отговори на поставените въпроси", pl="Odpowiedzi na zgłoszone sprawy", uk="Відповіді на порушені питання",
              en="Answers to the questions raised"),
     T(bg="Обобщаване на въпросите от приемните и писмен отговор до гражданите.",
       pl="Zebranie spraw zgłoszonych na dyżurach i pisemna odpowiedź mieszkańcom.",
       uk="Узагальнення питань з прийомів і письмова відповідь мешканцям.",
       en="Summing up the questions raised at receptions and answering residents in writing."),
     ONGOING, ["directors", "secretary"], "in_progress", None, []),
    ("3.1", T(bg="Образци на заявления", pl="Wzory wniosków", uk="Зразки заяв", en="Application forms"),
     T(bg="Обновяване на образците на заявления и таблото в центъра за обслужване.",
       pl="Aktualizacja wzorów wniosków i tablicy informacyjnej w biurze obsługi.",
       uk="Оновлення зразків заяв та інформаційного стенда в центрі обслуговування.",
       en="Updating the application forms and the notice board at the one-stop shop."),
     PERMANENT, ["head_one_stop_shop"], "in_progress", None, []),
    ("3.2", T(bg="Анкета за удовлетвореността", pl="Ankieta satysfakcji", uk="Опитування задоволеності",
              en="Satisfaction survey"),
     T(bg="Провеждане на анкета за удовлетвореността на гражданите от обслужването.",
       pl="Przeprowadzenie ankiety satysfakcji mieszkańców z obsługi.",
       uk="Проведення опитування задоволеності мешканців обслуговуванням.",
       en="Surveying residents' satisfaction with the services."),
     QUARTERLY, ["head_one_stop_shop"], "in_progress", None,
     [("2026-04-03", T(bg="Обработени 312 анкетни карти за първото тримесечие.", pl="Opracowano 312 ankiet za pierwszy kwartał.",
                       uk="Опрацьовано 312 анкет за перший квартал.", en="312 survey cards processed for the first quarter."))]),
    ("3.3", T(bg="Резултати от анкетите", pl="Wyniki ankiet", uk="Результати опитувань", en="Survey results"),
     T(bg="Публикуване на обобщените резултати от анкетите на сайта.",
       pl="Publikacja zbiorczych wyników ankiet na stronie gminy.",
       uk="Оприлюднення узагальнених результатів опитувань на сайті.",
       en="Publishing the summarised survey results on the website."),
     JULY, ["pr_expert", "head_one_stop_shop"], "planned", None, []),
    ("4.1", T(bg="Съвет за превенция на корупцията", pl="Rada ds. przeciwdziałania korupcji",
              uk="Рада з питань запобігання корупції", en="Anti-corruption council"),
     T(bg="Редовни заседания на обществения съвет за превенция на корупцията.",
       pl="Regularne posiedzenia społecznej rady ds. przeciwdziałania korupcji.",
       uk="Регулярні засідання громадської ради з питань запобігання корупції.",
       en="Regular meetings of the public council for preventing corruption."),
     PER_PLAN, ["secretary"], "in_progress", None, []),
    ("4.2", T(bg="Доклад за антикорупционните мерки", pl="Sprawozdanie z działań antykorupcyjnych",
              uk="Звіт про антикорупційні заходи", en="Report on anti-corruption measures"),
     T(bg="Публикуване на доклад за изпълнението на антикорупционните мерки.",
       pl="Publikacja sprawozdania z realizacji działań antykorupcyjnych.",
       uk="Оприлюднення звіту про виконання антикорупційних заходів.",
       en="Publishing a report on how the anti-corruption measures were carried out."),
     OCTOBER, ["legal_adviser", "secretary"], "planned", None, []),
    ("4.3", T(bg="Декларации за конфликт на интереси", pl="Oświadczenia o konflikcie interesów",
              uk="Декларації про конфлікт інтересів", en="Conflict-of-interest declarations"),
     T(bg="Проверка на подадените декларации за липса на конфликт на интереси.",
       pl="Sprawdzenie złożonych oświadczeń o braku konfliktu interesów.",
       uk="Перевірка поданих декларацій про відсутність конфлікту інтересів.",
       en="Checking the declarations of no conflict of interest."),
     BY_30_JUNE, ["ethics_committee"], "done", "2026-06-25", []),
    ("5.1", T(bg="Обучения по управление на качеството", pl="Szkolenia z zarządzania jakością",
              uk="Навчання з управління якістю", en="Quality management training"),
     T(bg="Провеждане на обучения на служителите по системата за управление на качеството.",
       pl="Szkolenia pracowników z systemu zarządzania jakością.",
       uk="Навчання працівників за системою управління якістю.",
       en="Training staff in the quality management system."),
     PER_PLAN, ["secretary"], "in_progress", None, []),
    ("5.2", T(bg="Обучение по защита на личните данни", pl="Szkolenie z ochrony danych osobowych",
              uk="Навчання із захисту персональних даних", en="Data protection training"),
     T(bg="Обучение на служителите по защита на личните данни.",
       pl="Szkolenie pracowników z ochrony danych osobowych.",
       uk="Навчання працівників із захисту персональних даних.",
       en="Training staff in personal data protection."),
     NOVEMBER, ["legal_adviser"], "cancelled", None,
     [("2026-10-15", T(bg="Отложено за 2027 г. поради промяна в закона.", pl="Przeniesione na 2027 r. z powodu zmiany przepisów.",
                       uk="Перенесено на 2027 рік через зміну закону.", en="Moved to 2027 because the law is changing."))]),
    ("6.1", T(bg="Раздел „Достъп до обществена информация“", pl="Dział „Dostęp do informacji publicznej”",
              uk="Розділ «Доступ до публічної інформації»", en="Access to public information section"),
     T(bg="Поддържане на актуален раздел за достъпа до обществена информация на сайта.",
       pl="Prowadzenie aktualnego działu o dostępie do informacji publicznej na stronie.",
       uk="Підтримання актуального розділу про доступ до публічної інформації на сайті.",
       en="Keeping the website's section on access to public information up to date."),
     ON_UPDATE, ["legal_adviser"], "in_progress", None, []),
    ("6.2", T(bg="Отчет за заявленията за достъп", pl="Sprawozdanie z wniosków o informację",
              uk="Звіт про запити на інформацію", en="Report on access requests"),
     T(bg="Изготвяне на годишния отчет за постъпилите заявления за достъп до информация.",
       pl="Przygotowanie rocznego sprawozdania z wniosków o udostępnienie informacji.",
       uk="Складання річного звіту про запити на доступ до інформації.",
       en="Drawing up the annual report on requests for access to information."),
     DECEMBER, ["legal_adviser", "secretary"], "planned", None, []),
]
