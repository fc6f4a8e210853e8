"""Demo service cards: citizens' complaints and requests for public information."""

from portal_demo.content.data.common import (
    MINISTRY_FINANCE,
    NATIONAL_ASSEMBLY,
    ONE_STOP_SHOP,
    act,
    legal,
)
from portal_demo.content.data.services_environment import (
    ONLINE,
    PAYMENT,
    application_item,
    fee_item,
    processing_item,
)
from portal_demo.content.text import T

MAYOR = T(bg="Кмет на общината", pl="Burmistrz", uk="Міський голова", en="Mayor")

REQUESTS = [
    {
        "slug": "noise-waste-complaint",
        "category": "requests_information",
        "title": T(bg="Сигнал за шум, боклук или друга нередност", pl="Zgłoszenie hałasu, śmieci lub innego problemu",
                   uk="Скарга на шум, сміття чи інше порушення", en="Reporting noise, rubbish or another problem"),
        "summary": T(
            bg="Подайте сигнал за шумно заведение или ремонт в часовете за почивка, препълнени контейнери, незаконно "
               "сметище, изгоряла улична лампа, дупка на пътя или безстопанствено куче. Часовете за почивка в Белоречие са "
               "от 14:00 до 16:00 и от 22:00 до 8:00. Анонимни сигнали не се разглеждат, но не разкриваме данните ви на "
               "този, за когото сигнализирате.",
            pl="Zgłoś hałaśliwy lokal lub remont w godzinach ciszy, przepełnione kontenery, dzikie wysypisko śmieci, "
               "niedziałającą latarnię, dziurę w drodze albo bezpańskiego psa. Cisza nocna i popołudniowa w Białorzeczu "
               "obowiązuje od 14:00 do 16:00 i od 22:00 do 8:00. Zgłoszeń anonimowych nie rozpatrujemy, ale nie "
               "ujawniamy twoich danych osobie, której dotyczy skarga.",
            uk="Повідомте про гучний заклад чи ремонт у години тиші, переповнені контейнери, стихійне сміттєзвалище, "
               "непрацюючий ліхтар, яму на дорозі чи бездомного собаку. Години тиші в Білоріччі — з 14:00 до 16:00 і з "
               "22:00 до 8:00. Анонімні скарги не розглядаються, але ми не розкриваємо ваших даних тому, на кого ви "
               "скаржитеся.",
            en="Report a noisy bar or building work during quiet hours, overflowing bins, illegal dumping, a broken "
               "street light, a pothole or a stray dog. Quiet hours in Belorechie are 14:00 to 16:00 and 22:00 to 8:00. "
               "Anonymous complaints are not handled, but we never give your details to the person you report.",
        ),
        "who_may_apply": T(
            bg="Всеки — граждани, фирми и организации.",
            pl="Każdy — mieszkańcy, firmy i organizacje.",
            uk="Будь-хто — мешканці, фірми та організації.",
            en="Anyone: residents, businesses and organisations.",
        ),
        "legal_basis": legal("administrative_procedure_code", "public_order_ordinance", extra=(
            act(T(bg="Закон за управление на отпадъците", pl="Ustawa o gospodarce odpadami", uk="Закон про управління відходами",
                  en="Waste Management Act"), "", "2012-07-13", NATIONAL_ASSEMBLY),
            act(T(bg="Закон за защита от шума в околната среда", pl="Ustawa o ochronie środowiska przed hałasem",
                  uk="Закон про захист довкілля від шуму", en="Environmental Noise Protection Act"),
                "", "2005-09-13", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            application_item("Сигнал — свободен текст или формуляр", "Zgłoszenie — dowolny tekst lub formularz",
                         "Скарга — у довільній формі або за формою", "Your report, in your own words or on the form",
                         T(bg="Посочете адрес, кога и какво се случва; снимки помагат.",
                           pl="Podaj adres, kiedy i co się dzieje; zdjęcia pomagają.",
                           uk="Вкажіть адресу, коли і що відбувається; фото допоможуть.",
                           en="Say where, when and what is happening; photos help.")),
        ],
        "fees": [fee_item("Подаване на сигнал", "Złożenie zgłoszenia", "Подання скарги", "Making a report", "0")],
        "processing": [
            processing_item("Отговор на сигнала", "Odpowiedź na zgłoszenie", "Відповідь на скаргу", "Answer to your report", 60, False,
                  T(bg="Законовият срок е два месеца; спешните случаи се проверяват веднага.",
                    pl="Termin ustawowy to dwa miesiące; pilne sprawy sprawdzamy od razu.",
                    uk="Законний строк — два місяці; термінові випадки перевіряємо одразу.",
                    en="The legal limit is two months; urgent cases are checked at once.")),
            processing_item("Препращане към компетентния орган", "Przekazanie właściwemu organowi", "Передача до компетентного органу",
                  "Forwarding to the right authority", 7, False,
                  T(bg="Ако въпросът не е от компетентността на общината, препращаме сигнала и ви уведомяваме.",
                    pl="Jeśli sprawa nie należy do gminy, przekazujemy zgłoszenie dalej i cię o tym informujemy.",
                    uk="Якщо питання не належить до компетенції общини, ми передаємо скаргу далі й повідомляємо вас.",
                    en="If the matter is not for the municipality, we pass it on and tell you who has it.")),
        ],
        "in_person": ONE_STOP_SHOP,
        "department": "environment",
        "contact": "secretary",
        "online_url": ONLINE + "signali",
        "payment_url": "",
        "by_post": T(
            bg="Изпратете писмото до Община Белоречие, пл. „Съединение“ 1; отговорът идва на адреса, който посочите.",
            pl="Wyślij list na adres: Gmina Białorzecze, pl. Zjednoczenia 1; odpowiedź przyjdzie na podany przez ciebie adres.",
            uk="Надішліть листа на адресу: Община Білоріччя, пл. Єднання 1; відповідь прийде на вказану вами адресу.",
            en="Post your letter to Belorechie Municipality, 1 Union Square; the answer goes to the address you give.",
        ),
        "result": T(
            bg="Писмен отговор какво е установено и какви мерки са взети — например предписание, глоба или почистване.",
            pl="Pisemna odpowiedź, co ustalono i jakie podjęto działania — np. nakaz, mandat lub sprzątanie.",
            uk="Письмова відповідь про те, що встановлено і які вжито заходів — наприклад, припис, штраф чи прибирання.",
            en="A written answer on what was found and what was done, such as an order, a fine or a clean-up.",
        ),
        "appeal": T(
            bg="Ако не сте доволни от отговора, може да се обърнете към кмета, към областния управител или към "
               "омбудсмана на Република България.",
            pl="Jeśli odpowiedź cię nie zadowala, możesz zwrócić się do burmistrza, do wojewody (gubernatora obwodu) "
               "lub do bułgarskiego Rzecznika Praw Obywatelskich.",
            uk="Якщо відповідь вас не задовольняє, можна звернутися до міського голови, до губернатора області або до "
               "омбудсмана Болгарії.",
            en="If you are not satisfied with the answer, you can turn to the mayor, the regional governor or the "
               "Bulgarian Ombudsman.",
        ),
        "related": ["public-information-request", "tree-felling-permit", "dog-registration"],
    },
    {
        "slug": "public-information-request",
        "category": "requests_information",
        "title": T(bg="Заявление за достъп до обществена информация", pl="Wniosek o dostęp do informacji publicznej",
                   uk="Запит на доступ до публічної інформації", en="Request for public information (freedom of information)"),
        "summary": T(
            bg="Всеки може да поиска информация, която общината има — договори, разходи, решения, заповеди, протоколи — без "
               "да обяснява защо. Отговорът е в 14-дневен срок; ако информацията е много, срокът може да се удължи с до "
               "10 дни. Ако общината няма исканата информация, ви казваме това също в 14-дневен срок.",
            pl="Każdy może poprosić o informacje, które ma gmina — umowy, wydatki, decyzje, zarządzenia, protokoły — bez "
               "podawania powodu. Odpowiedź przychodzi w ciągu 14 dni; przy dużej ilości informacji termin można "
               "przedłużyć o 10 dni. Jeśli gmina nie ma tych informacji, również poinformujemy o tym w ciągu 14 dni.",
            uk="Кожен може запитати інформацію, яка є в общини, — договори, витрати, рішення, розпорядження, протоколи — "
               "не пояснюючи, навіщо. Відповідь надається протягом 14 днів; якщо інформації багато, строк можна "
               "продовжити до 10 днів. Якщо община не має такої інформації, ми повідомимо про це теж протягом 14 днів.",
            en="Anyone can ask for information the municipality holds, such as contracts, spending, decisions, orders and "
               "minutes, without saying why. You get an answer within 14 days, which can be extended by up to 10 days for "
               "large requests. If we do not hold the information, we tell you so within 14 days as well.",
        ),
        "who_may_apply": T(
            bg="Всеки — български и чужди граждани, фирми и организации.",
            pl="Każdy — obywatele Bułgarii i cudzoziemcy, firmy i organizacje.",
            uk="Будь-хто — громадяни Болгарії та іноземці, фірми й організації.",
            en="Anyone: Bulgarian or foreign citizens, businesses and organisations.",
        ),
        "legal_basis": [
            act(T(bg="Закон за достъп до обществена информация", pl="Ustawa o dostępie do informacji publicznej",
                  uk="Закон про доступ до публічної інформації", en="Access to Public Information Act"),
                "", "2000-07-07", NATIONAL_ASSEMBLY),
            act(T(bg="Заповед за нормативите за разходите при предоставяне на обществена информация",
                  pl="Zarządzenie w sprawie stawek kosztów udostępniania informacji publicznej",
                  uk="Наказ про нормативи витрат на надання публічної інформації",
                  en="Order on the standard costs of providing public information"),
                "ЗМФ-1472", "2011-11-29", MINISTRY_FINANCE),
            act(T(bg="Вътрешни правила за достъп до обществена информация в Община Белоречие",
                  pl="Wewnętrzny regulamin dostępu do informacji publicznej w Gminie Białorzecze",
                  uk="Внутрішні правила доступу до публічної інформації в общині Білоріччя",
                  en="Internal rules on access to public information at Belorechie Municipality"),
                "", "2019-04-15", MAYOR, "https://www.belorechie.example/prozrachnost/dostap-do-informatsia"),
        ],
        "documents": [
            application_item("Заявление за достъп до обществена информация", "Wniosek o dostęp do informacji publicznej",
                         "Запит на доступ до публічної інформації", "Request for public information",
                         T(bg="Име, адрес за отговор, какво търсите и в каква форма — копие, имейл или преглед на място. "
                              "Може и устно: служителят записва искането ви в протокол.",
                           pl="Imię i nazwisko, adres do odpowiedzi, czego szukasz i w jakiej formie — kopia, e-mail lub "
                              "wgląd na miejscu. Można też ustnie: urzędnik spisuje wniosek w protokole.",
                           uk="Ім’я, адреса для відповіді, що саме шукаєте і в якій формі — копія, e-mail чи перегляд на "
                              "місці. Можна й усно: працівник записує запит у протокол.",
                           en="Your name, an address for the reply, what you are looking for and in what form: a copy, "
                              "an e-mail or a look at the documents here. You may also ask orally; the officer writes it "
                              "down.")),
        ],
        "fees": [
            fee_item("Подаване и разглеждане", "Złożenie i rozpatrzenie", "Подання та розгляд", "Making and handling the request", "0"),
            fee_item("Копие на хартия — на страница А4", "Kopia papierowa — za stronę A4", "Паперова копія — за сторінку А4",
                 "Paper copy, per A4 page", "0.12"),
            fee_item("Запис на CD", "Nagranie na płytę CD", "Копія на CD-диску", "Copy on CD", "0.50"),
            fee_item("По имейл", "E-mailem", "Електронною поштою", "By e-mail", "0"),
        ],
        "processing": [
            processing_item("Отговор", "Odpowiedź", "Відповідь", "Answer", 14, False),
            processing_item("При голям обем информация", "Przy dużej ilości informacji", "Якщо інформації багато", "Large requests",
                  24, False,
                  T(bg="Удължаване с до 10 дни, за което ви уведомяваме.", pl="Przedłużenie o maks. 10 dni, o którym cię informujemy.",
                    uk="Продовження до 10 днів, про яке ми вас повідомляємо.", en="Up to 10 extra days; we let you know.")),
        ],
        "in_person": T(
            bg="Деловодство, стая 310, пл. „Съединение“ 1, или гише 1 в Центъра за административно обслужване, от "
               "понеделник до петък, 8:30 – 17:00.",
            pl="Kancelaria, pokój 310, pl. Zjednoczenia 1, albo okienko 1 w Biurze Obsługi Mieszkańców, od poniedziałku do "
               "piątku w godz. 8:30 – 17:00.",
            uk="Канцелярія, кімната 310, пл. Єднання 1, або вікно 1 у Центрі надання адміністративних послуг, з понеділка "
               "по п’ятницю, 8:30 – 17:00.",
            en="Registry office, room 310, 1 Union Square, or desk 1 at the one-stop shop, Monday to Friday, 8:30 to 17:00.",
        ),
        "department": "administration",
        "contact": "secretary",
        "online_url": ONLINE + "dostap-do-informatsia",
        "payment_url": PAYMENT,
        "by_post": T(
            bg="Заявлението може да изпратите по пощата или на deloviodstvo@belorechie.example; отговорът идва по начина, "
               "който посочите.",
            pl="Wniosek można wysłać pocztą lub na adres deloviodstvo@belorechie.example; odpowiedź przyjdzie w wybrany "
               "przez ciebie sposób.",
            uk="Запит можна надіслати поштою або на deloviodstvo@belorechie.example; відповідь надійде обраним вами "
               "способом.",
            en="You can post the request or e-mail it to deloviodstvo@belorechie.example; the answer comes the way you ask.",
        ),
        "result": T(
            bg="Решение за предоставяне на информацията — заедно със самата информация в поисканата форма — или "
               "мотивиран отказ.",
            pl="Decyzja o udostępnieniu informacji — wraz z samą informacją w wybranej formie — albo odmowa "
               "z uzasadnieniem.",
            uk="Рішення про надання інформації — разом із самою інформацією в потрібній формі — або вмотивована відмова.",
            en="A decision to provide the information, with the information itself in the form you asked for, or a "
               "refusal with reasons.",
        ),
        "appeal": T(
            bg="Отказът, както и липсата на отговор в срок, се обжалват пред Административния съд в 14-дневен срок.",
            pl="Odmowę, a także brak odpowiedzi w terminie, można zaskarżyć do sądu administracyjnego w ciągu 14 dni.",
            uk="Відмову, а також відсутність відповіді вчасно, можна оскаржити до адміністративного суду протягом 14 днів.",
            en="A refusal, or no answer in time, can be appealed to the Administrative Court within 14 days.",
        ),
        "related": ["noise-waste-complaint"],
    },
]
