"""Demo text of the two ethics codes of Belorechie, in four languages.

Written for the demo (not taken from any real code): one code for the
administration's employees in grouped sections of rules, one for municipal
councillors as numbered principles.
"""

from portal_demo.content.text import T

INDEX_TITLE = T(bg="Етични кодекси", pl="Kodeksy etyczne", uk="Етичні кодекси", en="Codes of ethics")
INDEX_INTRO = T(
    bg="<p>Какво поведение можете да очаквате от служителите и съветниците на общината и как да сигнализирате, ако то не е спазено.</p>",
    pl="<p>Jakiego zachowania możesz oczekiwać od pracowników i radnych gminy oraz jak zgłosić, gdy nie zostało ono zachowane.</p>",
    uk="<p>Якої поведінки ви можете очікувати від працівників і депутатів громади та як повідомити, якщо її не дотримано.</p>",
    en="<p>What conduct you may expect from the municipality's staff and councillors, and how to report it when it falls short.</p>",
)

COUNCIL = T(bg="Общински съвет – Белоречие", pl="Rada Gminy Białorzecze", uk="Білоріцька міська рада",
            en="Belorechie Municipal Council")
MAYOR = T(bg="Кмет на община Белоречие", pl="Burmistrz Białorzecza", uk="Білоріцький міський голова",
          en="Mayor of Belorechie")

BREACH = T(
    bg="<p>Всеки може да подаде сигнал за нарушение на кодекса – писмено, по електронна поща или чрез формата за сигнали. Анонимни сигнали не се разглеждат.</p>"
       "<p>Сигналът се разглежда от комисията по етика, назначена със заповед на кмета, в срок до 30 дни. Комисията изслушва служителя и подателя на сигнала и предлага мярка на кмета.</p>"
       "<p>Подателят на сигнала получава писмен отговор за резултата.</p>",
    pl="<p>Każdy może zgłosić naruszenie kodeksu – na piśmie, pocztą elektroniczną lub przez formularz zgłoszeń. Zgłoszenia anonimowe nie są rozpatrywane.</p>"
       "<p>Zgłoszenie rozpatruje komisja etyki powołana zarządzeniem burmistrza, w terminie do 30 dni. Komisja wysłuchuje pracownika i zgłaszającego, a następnie proponuje burmistrzowi środek.</p>"
       "<p>Zgłaszający otrzymuje pisemną odpowiedź o wyniku.</p>",
    uk="<p>Будь-хто може повідомити про порушення кодексу – письмово, електронною поштою або через форму повідомлень. Анонімні повідомлення не розглядаються.</p>"
       "<p>Повідомлення розглядає комісія з етики, призначена розпорядженням голови, у строк до 30 днів. Комісія вислуховує працівника і заявника та пропонує голові захід.</p>"
       "<p>Заявник отримує письмову відповідь про результат.</p>",
    en="<p>Anyone may report a breach of the code: in writing, by email or through the reporting form. Anonymous reports are not examined.</p>"
       "<p>The report is examined within 30 days by the ethics committee appointed by the mayor's order. The committee hears the employee and the person who reported, and proposes a measure to the mayor.</p>"
       "<p>The person who reported receives a written answer about the outcome.</p>",
)

EMPLOYEES = {
    "slug": "kodeks-na-sluzhitelite",
    "title": T(bg="Етичен кодекс на служителите в общинската администрация",
               pl="Kodeks etyki pracowników urzędu gminy",
               uk="Етичний кодекс працівників виконавчих органів",
               en="Code of conduct for the employees of the municipal administration"),
    "act": T(bg="Заповед за утвърждаване на Етичния кодекс", pl="Zarządzenie w sprawie wprowadzenia kodeksu etyki",
             uk="Розпорядження про затвердження Етичного кодексу", en="Order approving the code of conduct"),
    "number": "118",
    "preamble": T(
        bg="<p>Кодексът описва какво поведение гражданите могат да очакват от всеки служител на общинската администрация – на гишето, по телефона и извън работно време.</p>",
        pl="<p>Kodeks opisuje, jakiego zachowania mieszkańcy mogą oczekiwać od każdego pracownika urzędu – przy okienku, przez telefon i poza godzinami pracy.</p>",
        uk="<p>Кодекс описує, якої поведінки мешканці можуть очікувати від кожного працівника – біля віконця, телефоном і поза робочим часом.</p>",
        en="<p>This code describes the conduct residents may expect from every employee of the municipal administration: at the counter, on the phone and outside working hours.</p>",
    ),
    "sections": [
        (T(bg="Отношения с гражданите", pl="Relacje z mieszkańcami", uk="Стосунки з громадянами", en="Relations with citizens"), [
            T(bg="Посреща всеки посетител любезно и обяснява решенията на разбираем език.",
              pl="Każdego interesanta przyjmuje uprzejmie i wyjaśnia decyzje zrozumiałym językiem.",
              uk="Кожного відвідувача зустрічає ввічливо й пояснює рішення зрозумілою мовою.",
              en="Greets every visitor courteously and explains decisions in plain language."),
            T(bg="Обслужва всички еднакво, без оглед на произход, убеждения, възраст или увреждане.",
              pl="Obsługuje wszystkich jednakowo, bez względu na pochodzenie, przekonania, wiek czy niepełnosprawność.",
              uk="Обслуговує всіх однаково, незалежно від походження, переконань, віку чи інвалідності.",
              en="Serves everyone equally, regardless of origin, beliefs, age or disability."),
            T(bg="Казва на гражданина какви документи са нужни и в какъв срок ще получи отговор.",
              pl="Informuje mieszkańca, jakie dokumenty są potrzebne i w jakim terminie otrzyma odpowiedź.",
              uk="Повідомляє громадянину, які документи потрібні і в який строк він отримає відповідь.",
              en="Tells the citizen which documents are needed and when an answer will come."),
            T(bg="Насочва гражданина към точното звено, когато въпросът не е в неговата компетентност.",
              pl="Kieruje mieszkańca do właściwej komórki, gdy sprawa nie należy do jego zadań.",
              uk="Скеровує громадянина до належного підрозділу, коли питання не належить до його повноважень.",
              en="Directs the citizen to the right office when the matter is outside his or her remit."),
        ]),
        (T(bg="Професионално поведение", pl="Postawa zawodowa", uk="Професійна поведінка", en="Professional conduct"), [
            T(bg="Работи в рамките на закона и на дадените му правомощия.",
              pl="Działa w granicach prawa i powierzonych mu uprawnień.",
              uk="Діє в межах закону та наданих йому повноважень.",
              en="Acts within the law and within the powers given to the post."),
            T(bg="Пази личните данни и служебната информация, до която има достъп.",
              pl="Chroni dane osobowe i informacje służbowe, do których ma dostęp.",
              uk="Захищає персональні дані та службову інформацію, до якої має доступ.",
              en="Protects the personal data and official information he or she has access to."),
            T(bg="Не приема подаръци и услуги, които могат да повлияят на работата му.",
              pl="Nie przyjmuje prezentów ani przysług, które mogłyby wpłynąć na jego pracę.",
              uk="Не приймає подарунків і послуг, які можуть вплинути на його роботу.",
              en="Accepts no gifts or favours that could influence his or her work."),
            T(bg="Сигнализира на ръководителя си за всеки опит за корупция.",
              pl="Zgłasza przełożonemu każdą próbę korupcji.",
              uk="Повідомляє керівника про кожну спробу корупції.",
              en="Reports every attempt at corruption to his or her superior."),
        ]),
        (T(bg="Отношения с колегите", pl="Relacje ze współpracownikami", uk="Стосунки з колегами", en="Relations with colleagues"), [
            T(bg="Отнася се към колегите с уважение и не търпи тормоз на работното място.",
              pl="Traktuje współpracowników z szacunkiem i nie toleruje nękania w miejscu pracy.",
              uk="Ставиться до колег з повагою і не терпить цькування на робочому місці.",
              en="Treats colleagues with respect and does not tolerate harassment at work."),
            T(bg="Споделя знанията си и помага на новите служители.",
              pl="Dzieli się wiedzą i pomaga nowym pracownikom.",
              uk="Ділиться знаннями та допомагає новим працівникам.",
              en="Shares knowledge and helps new employees."),
            T(bg="Изразява несъгласие открито и по същество, а не зад гърба на колегите.",
              pl="Wyraża sprzeciw otwarcie i merytorycznie, a nie za plecami współpracowników.",
              uk="Висловлює незгоду відкрито й по суті, а не за спиною колег.",
              en="Voices disagreement openly and on the merits, never behind colleagues' backs."),
        ]),
        (T(bg="Лично поведение", pl="Postawa osobista", uk="Особиста поведінка", en="Personal conduct"), [
            T(bg="Не използва служебното си положение за лична изгода.",
              pl="Nie wykorzystuje stanowiska dla osobistej korzyści.",
              uk="Не використовує службове становище для особистої вигоди.",
              en="Does not use the post for personal gain."),
            T(bg="Грижи се за общинското имущество като за свое.",
              pl="Dba o mienie gminy jak o własne.",
              uk="Дбає про комунальне майно як про власне.",
              en="Looks after municipal property as if it were his or her own."),
            T(bg="Поведението му извън работа не поставя под съмнение доверието в общината.",
              pl="Jego zachowanie poza pracą nie podważa zaufania do gminy.",
              uk="Його поведінка поза роботою не підриває довіри до громади.",
              en="Behaves outside work in a way that does not undermine trust in the municipality."),
        ]),
    ],
}

COUNCILLORS = {
    "slug": "kodeks-na-obshtinskite-savetnitsi",
    "title": T(bg="Етичен кодекс на общинските съветници", pl="Kodeks etyki radnych gminy",
               uk="Етичний кодекс депутатів міської ради", en="Code of ethics for municipal councillors"),
    "act": T(bg="Решение на Общинския съвет за приемане на Етичния кодекс", pl="Uchwała Rady Gminy w sprawie kodeksu etyki radnych",
             uk="Рішення міської ради про затвердження Етичного кодексу", en="Council decision adopting the code of ethics"),
    "number": "412",
    "preamble": T(
        bg="<p>Съветниците са избрани да служат на жителите. Този кодекс казва как го правят.</p>",
        pl="<p>Radni są wybierani, by służyć mieszkańcom. Ten kodeks mówi, jak to robią.</p>",
        uk="<p>Депутатів обирають, щоб служити мешканцям. Цей кодекс описує, як вони це роблять.</p>",
        en="<p>Councillors are elected to serve the residents. This code says how they do so.</p>",
    ),
    "general": (
        T(bg="Общи положения", pl="Postanowienia ogólne", uk="Загальні положення", en="General provisions"),
        T(bg="<p>Кодексът се прилага за всички общински съветници от полагането на клетва до края на мандата.</p>",
          pl="<p>Kodeks obowiązuje wszystkich radnych od złożenia ślubowania do końca kadencji.</p>",
          uk="<p>Кодекс поширюється на всіх депутатів від складення присяги до кінця повноважень.</p>",
          en="<p>The code applies to every councillor from the oath of office to the end of the term.</p>"),
    ),
    "principles_title": T(bg="Принципи", pl="Zasady", uk="Принципи", en="Principles"),
    "principles": [
        (T(bg="Законност", pl="Praworządność", uk="Законність", en="Legality"),
         T(bg="Съветникът взема решения само въз основа на закона и на устава на общината и се отказва от гласуване, което би нарушило закона.",
           pl="Radny podejmuje decyzje wyłącznie na podstawie prawa i statutu gminy oraz nie głosuje za rozwiązaniami sprzecznymi z prawem.",
           uk="Депутат ухвалює рішення лише на підставі закону та статуту громади й не голосує за рішення, що порушують закон.",
           en="A councillor decides only on the basis of the law and the municipal statute, and will not vote for anything that breaks the law.")),
        (T(bg="Почтеност", pl="Uczciwość", uk="Доброчесність", en="Integrity"),
         T(bg="Съветникът не приема облаги, които биха могли да повлияят на гласуването му, и не използва мандата си за лична изгода.",
           pl="Radny nie przyjmuje korzyści, które mogłyby wpłynąć na jego głosowanie, i nie wykorzystuje mandatu dla osobistych korzyści.",
           uk="Депутат не приймає вигод, які могли б вплинути на його голосування, і не використовує мандат для особистої вигоди.",
           en="A councillor accepts no benefit that could influence a vote and does not use the office for personal gain.")),
        (T(bg="Прозрачност", pl="Przejrzystość", uk="Прозорість", en="Transparency"),
         T(bg="Съветникът обяснява публично мотивите за гласуването си и прави достъпни декларациите, изисквани от закона.",
           pl="Radny publicznie uzasadnia swoje głosowania i udostępnia oświadczenia wymagane przez prawo.",
           uk="Депутат публічно пояснює мотиви свого голосування та оприлюднює декларації, яких вимагає закон.",
           en="A councillor explains the reasons for each vote in public and publishes the declarations the law requires.")),
        (T(bg="Отчетност", pl="Rozliczalność", uk="Підзвітність", en="Accountability"),
         T(bg="Съветникът се отчита пред избирателите поне веднъж годишно и отговаря на запитванията им в разумен срок.",
           pl="Radny składa wyborcom sprawozdanie co najmniej raz w roku i odpowiada na ich pytania w rozsądnym terminie.",
           uk="Депутат звітує перед виборцями щонайменше раз на рік і відповідає на їхні звернення в розумний строк.",
           en="A councillor reports to the voters at least once a year and answers their questions within a reasonable time.")),
        (T(bg="Безпристрастност", pl="Bezstronność", uk="Неупередженість", en="Impartiality"),
         T(bg="Съветникът преценява всеки въпрос по същество и в интерес на цялата общност, а не на отделна група.",
           pl="Radny ocenia każdą sprawę merytorycznie i w interesie całej wspólnoty, a nie jednej grupy.",
           uk="Депутат оцінює кожне питання по суті та в інтересах усієї громади, а не окремої групи.",
           en="A councillor weighs every matter on its merits and in the interest of the whole community, not of one group.")),
        (T(bg="Избягване на конфликт на интереси", pl="Unikanie konfliktu interesów", uk="Запобігання конфлікту інтересів",
           en="Avoiding conflicts of interest"),
         T(bg="Когато въпросът засяга него или близките му, съветникът заявява това преди обсъждането и не участва в гласуването.",
           pl="Gdy sprawa dotyczy jego lub jego bliskich, radny ujawnia to przed dyskusją i nie bierze udziału w głosowaniu.",
           uk="Коли питання стосується його чи його близьких, депутат заявляє про це до обговорення й не бере участі в голосуванні.",
           en="When a matter concerns the councillor or his or her family, the councillor says so before the debate and does not vote.")),
    ],
}
