"""Demo service cards: education, culture and sport."""

from portal_demo.content.data.common import (
    APPEAL_APK,
    BY_POST,
    COUNCIL,
    NATIONAL_ASSEMBLY,
    ORDINANCES_URL,
    act,
    eur,
    legal,
)
from portal_demo.content.text import T

ONLINE = "https://e-uslugi.belorechie.example/"
PAYMENT = "https://plashtane.belorechie.example/"

EDUCATION_OFFICE = T(
    bg="Отдел „Образование, култура и спорт“, стая 210, пл. „Съединение“ 1, от понеделник до петък, 8:30 – 17:00.",
    pl="Referat Oświaty, Kultury i Sportu, pokój 210, pl. Zjednoczenia 1, od poniedziałku do piątku w godz. 8:30 – 17:00.",
    uk="Відділ освіти, культури та спорту, кімната 210, пл. Єднання 1, з понеділка по п’ятницю, 8:30 – 17:00.",
    en="Education, Culture and Sport Office, room 210, 1 Union Square, Monday to Friday, 8:30 to 17:00.",
)
APPEAL_BOOKING = T(
    bg="Ако заявката ви е отказана или смятате, че цената е сметната неправилно, подайте писмена жалба до заместник-кмета "
       "по социалните дейности. Ще получите отговор до един месец.",
    pl="Jeśli twoja rezerwacja została odrzucona lub uważasz, że cena jest błędna, złóż pisemną skargę do zastępcy "
       "burmistrza ds. społecznych. Odpowiedź otrzymasz w ciągu miesiąca.",
    uk="Якщо вам відмовили або ви вважаєте, що ціну пораховано неправильно, подайте письмову скаргу заступнику міського "
       "голови з соціальних питань. Відповідь отримаєте протягом місяця.",
    en="If your booking is refused or you think the price is wrong, send a written complaint to the Deputy Mayor for "
       "Social Affairs. You will get an answer within a month.",
)


def _application(bg, pl, uk, en):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": None, "form": True}


def _hourly(bg, pl, uk, en, amount, note=None):
    return {"variant": T(bg=bg + " — на час", pl=pl + " — za godzinę", uk=uk + " — за годину", en=en + ", per hour"),
            "amount": eur(amount), "currency": "EUR", "note": note}


def _registration_certificate():
    return {
        "name": T(bg="Доказателство за регистрация на клуба или сдружението", pl="Dokument rejestracji klubu lub stowarzyszenia",
                  uk="Документ про реєстрацію клубу чи об’єднання", en="Proof that the club or association is registered"),
        "note": T(bg="Само ако искате намалената цена.", pl="Tylko jeśli chcesz skorzystać z obniżonej ceny.",
                  uk="Лише якщо хочете знижену ціну.", en="Only if you want the reduced price."),
        "form": False,
    }


EDUCATION = [
    {
        "slug": "kindergarten-enrolment",
        "category": "education_culture_sport",
        "title": T(bg="Прием в детска градина и ясла", pl="Zapisy do przedszkola i żłobka",
                   uk="Запис до дитячого садка та ясел", en="Kindergarten and nursery places (enrolment)"),
        "summary": T(
            bg="Заявленията за общинските детски градини и ясли се подават онлайн в системата за прием, а при нужда — в "
               "отдел „Образование“. Децата се класират по точки: адрес в общината, работещи родители, брат или сестра в "
               "същата градина, дете с увреждане. Таксите за общинските детски градини и ясли са отменени — посещението "
               "е безплатно. От 4-годишна възраст предучилищното образование е задължително.",
            pl="Wnioski do gminnych przedszkoli i żłobków składa się online w systemie rekrutacji, a w razie potrzeby "
               "w referacie oświaty. Dzieci są kwalifikowane według punktów: adres w gminie, pracujący rodzice, "
               "rodzeństwo w tym samym przedszkolu, niepełnosprawność dziecka. Opłaty za gminne przedszkola i żłobki "
               "zniesiono — pobyt jest bezpłatny. Od 4. roku życia wychowanie przedszkolne jest obowiązkowe.",
            uk="Заяви до комунальних дитячих садків і ясел подають онлайн у системі зарахування, а за потреби — у відділі "
               "освіти. Дітей зараховують за балами: адреса в общині, працюючі батьки, брат чи сестра в тому ж садочку, "
               "інвалідність дитини. Плату за комунальні садочки та ясла скасовано — відвідування безкоштовне. З 4 років "
               "дошкільна освіта обов’язкова.",
            en="Applications for municipal kindergartens and nurseries are made online in the admissions system, or at "
               "the Education Office if you need help. Children are ranked by points: address in the municipality, "
               "working parents, a brother or sister at the same kindergarten, a child's disability. Fees for municipal "
               "kindergartens and nurseries have been abolished, so places are free. Pre-school is compulsory from age 4.",
        ),
        "who_may_apply": T(
            bg="Родителите или настойниците на деца от 10-месечна възраст до постъпването им в училище.",
            pl="Rodzice lub opiekunowie dzieci od 10. miesiąca życia do rozpoczęcia nauki w szkole.",
            uk="Батьки або опікуни дітей від 10 місяців до вступу до школи.",
            en="Parents or guardians of children from 10 months old until they start school.",
        ),
        "legal_basis": [
            act(T(bg="Закон за предучилищното и училищното образование", pl="Ustawa o edukacji przedszkolnej i szkolnej",
                  uk="Закон про дошкільну та шкільну освіту", en="Pre-school and School Education Act"),
                "", "2015-10-13", NATIONAL_ASSEMBLY),
            act(T(bg="Наредба за приема в общинските детски градини и ясли на територията на община Белоречие",
                  pl="Uchwała w sprawie rekrutacji do gminnych przedszkoli i żłobków w gminie Białorzecze",
                  uk="Положення про зарахування до комунальних дитячих садків і ясел общини Білоріччя",
                  en="Ordinance on admission to municipal kindergartens and nurseries in Belorechie Municipality"),
                "12", "2019-12-19", COUNCIL, ORDINANCES_URL + "priem-detski-gradini"),
        ],
        "documents": [
            _application("Заявление в системата за прием", "Wniosek w systemie rekrutacji", "Заява в системі зарахування",
                         "Application in the admissions system"),
            {"name": T(bg="Документи за точките", pl="Dokumenty potwierdzające punkty", uk="Документи для нарахування балів",
                       en="Papers for the points"),
             "note": T(bg="Например служебна бележка от работодателя на родителя или експертно решение при дете с увреждане; "
                          "адресът и актът за раждане се проверяват служебно.",
                       pl="Np. zaświadczenie od pracodawcy rodzica lub orzeczenie o niepełnosprawności dziecka; adres "
                          "i akt urodzenia sprawdzamy sami.",
                       uk="Наприклад, довідка з роботи батьків або рішення про інвалідність дитини; адресу та свідоцтво "
                          "про народження ми перевіряємо самі.",
                       en="Such as a letter from a parent's employer or a child's disability decision; we check the "
                          "address and birth record ourselves."),
             "form": False},
            {"name": T(bg="Здравна карта и изследвания на детето", pl="Karta zdrowia i badania dziecka",
                       uk="Медична картка та аналізи дитини", en="The child's health record and tests"),
             "note": T(bg="Носят се в детската градина едва след като детето е прието.",
                       pl="Przynosi się je do przedszkola dopiero po przyjęciu dziecka.",
                       uk="Їх приносять до садочка лише після зарахування дитини.",
                       en="Taken to the kindergarten only once the child has a place."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="Кандидатстване и посещение", pl="Rekrutacja i pobyt dziecka", uk="Подання заяви та відвідування",
                          en="Applying and attending"),
             "amount": "0.00", "currency": "EUR",
             "note": T(bg="Таксите за общинските детски градини и ясли са отменени от 1 април 2022 г.",
                       pl="Opłaty za gminne przedszkola i żłobki zniesiono 1 kwietnia 2022 r.",
                       uk="Плату за комунальні садочки та ясла скасовано з 1 квітня 2022 року.",
                       en="Fees for municipal kindergartens and nurseries were abolished on 1 April 2022.")},
        ],
        "processing": [
            {"variant": T(bg="Класиране при свободни места през годината", pl="Kwalifikacja na wolne miejsca w ciągu roku",
                          uk="Зарахування на вільні місця протягом року", en="Ranking for places freed during the year"),
             "days": 14, "working_days": False,
             "note": T(bg="Основното класиране за новата учебна година се обявява в началото на юни.",
                       pl="Główna lista przyjętych na nowy rok szkolny jest ogłaszana na początku czerwca.",
                       uk="Основні списки на новий навчальний рік оголошують на початку червня.",
                       en="The main ranking for the new school year is published in early June.")},
            {"variant": T(bg="Записване след класиране", pl="Potwierdzenie zapisu po kwalifikacji",
                          uk="Підтвердження запису після зарахування", en="Taking up the place"),
             "days": 10, "working_days": True,
             "note": T(bg="Ако не запишете детето в този срок, мястото се дава на следващото дете.",
                       pl="Jeśli nie zapiszesz dziecka w tym terminie, miejsce dostaje kolejne dziecko.",
                       uk="Якщо не запишете дитину в цей строк, місце отримає наступна дитина.",
                       en="If you do not enrol your child in time, the place goes to the next child.")},
        ],
        "in_person": EDUCATION_OFFICE,
        "department": "education",
        "contact": "deputy_mayor_social",
        "online_url": ONLINE + "priem-detski-gradini",
        "payment_url": "",
        "by_post": None,
        "result": T(
            bg="Място в детска градина или ясла, обявено в списъка на приетите; след това записвате детето в градината.",
            pl="Miejsce w przedszkolu lub żłobku ogłoszone na liście przyjętych; potem zapisujesz dziecko w placówce.",
            uk="Місце в дитсадку чи яслах, оголошене у списку зарахованих; після цього ви записуєте дитину в садочку.",
            en="A kindergarten or nursery place shown on the list of admitted children; you then enrol your child there.",
        ),
        "appeal": T(
            bg="Ако смятате, че точките ви са изчислени грешно, подайте възражение до отдел „Образование, култура и "
               "спорт“ в 3-дневен срок след класирането. Отказът се обжалва по Административнопроцесуалния кодекс.",
            pl="Jeśli uważasz, że punkty zostały policzone błędnie, złóż zastrzeżenie do referatu oświaty w ciągu 3 dni "
               "od ogłoszenia list. Od odmowy przysługuje odwołanie według kodeksu postępowania administracyjnego.",
            uk="Якщо вважаєте, що бали пораховано неправильно, подайте заперечення до відділу освіти протягом 3 днів "
               "після оголошення списків. Відмову можна оскаржити за Адміністративно-процесуальним кодексом.",
            en="If you think your points were counted wrongly, object to the Education Office within 3 days of the "
               "ranking. A refusal can be appealed under the Administrative Procedure Code.",
        ),
        "related": ["address-registration", "birth-certificate"],
    },
    {
        "slug": "sports-hall-booking",
        "category": "education_culture_sport",
        "title": T(bg="Наемане на спортна зала", pl="Wynajem hali sportowej", uk="Оренда спортивного залу",
                   en="Booking a sports hall"),
        "summary": T(
            bg="Спортна зала „Белоречие“ и физкултурните салони на общинските училища се наемат на час — за тренировки "
               "на любителски отбори, турнири, фирмени игри и детски рождени дни. Проверете свободните часове в графика "
               "онлайн и подайте заявка поне 3 работни дни предварително.",
            pl="Halę sportową „Białorzecze” i sale gimnastyczne szkół gminnych można wynająć na godziny — na treningi "
               "amatorskich drużyn, turnieje, imprezy firmowe i urodziny dzieci. Sprawdź wolne terminy w grafiku online "
               "i zarezerwuj co najmniej 3 dni robocze wcześniej.",
            uk="Спортивний зал «Білоріччя» та спортзали комунальних шкіл можна орендувати погодинно — для тренувань "
               "аматорських команд, турнірів, корпоративних ігор і дитячих днів народження. Перевірте вільні години в "
               "графіку онлайн і подайте заявку щонайменше за 3 робочі дні.",
            en="The Belorechie Sports Hall and the gyms of municipal schools can be hired by the hour for amateur team "
               "training, tournaments, company games and children's birthday parties. Check free slots in the online "
               "timetable and book at least 3 working days ahead.",
        ),
        "who_may_apply": T(
            bg="Граждани, спортни клубове, училища, фирми и сдружения.",
            pl="Mieszkańcy, kluby sportowe, szkoły, firmy i stowarzyszenia.",
            uk="Мешканці, спортивні клуби, школи, фірми та громадські об’єднання.",
            en="Residents, sports clubs, schools, businesses and associations.",
        ),
        "legal_basis": legal("municipal_property_act", "fees_ordinance", extra=(
            act(T(bg="Закон за физическото възпитание и спорта", pl="Ustawa o wychowaniu fizycznym i sporcie",
                  uk="Закон про фізичне виховання і спорт", en="Physical Education and Sport Act"),
                "", "2018-10-18", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            _application("Заявка за ползване на спортна зала", "Wniosek o rezerwację hali", "Заявка на оренду залу",
                         "Booking request for a sports hall"),
            _registration_certificate(),
        ],
        "fees": [
            _hourly("Голяма зала", "Duża hala", "Великий зал", "Main hall", "40.00"),
            _hourly("Малка зала или училищен физкултурен салон", "Mała sala lub sala gimnastyczna szkoły",
                    "Малий зал або шкільний спортзал", "Small hall or school gym", "20.00"),
            _hourly("Детски и юношески отбори на клубове от общината", "Drużyny dziecięce i młodzieżowe klubów z gminy",
                    "Дитячі та юнацькі команди клубів общини", "Children's and youth teams of local clubs", "10.00"),
            {"variant": T(bg="Училища от общината в учебно време", pl="Szkoły z gminy w czasie zajęć",
                          uk="Школи общини в навчальний час", en="Local schools during school hours"),
             "amount": "0.00", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Потвърждение на заявката", pl="Potwierdzenie rezerwacji", uk="Підтвердження заявки",
                          en="Booking confirmed"), "days": 3, "working_days": True, "note": None},
        ],
        "in_person": EDUCATION_OFFICE,
        "department": "education",
        "contact": "deputy_mayor_social",
        "online_url": ONLINE + "sportni-zali",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Потвърдена резервация с дните и часовете и договор за ползване; плаща се предварително.",
            pl="Potwierdzona rezerwacja z dniami i godzinami oraz umowa najmu; płatność z góry.",
            uk="Підтверджене бронювання з днями та годинами і договір користування; оплата наперед.",
            en="A confirmed booking with the days and hours and a hire agreement; you pay in advance.",
        ),
        "appeal": APPEAL_BOOKING,
        "related": ["culture-hall-rental", "event-permit"],
    },
    {
        "slug": "event-permit",
        "category": "education_culture_sport",
        "title": T(bg="Разрешение за събитие на открито (концерт, фестивал, базар)",
                   pl="Zgoda na imprezę plenerową (koncert, festyn, kiermasz)",
                   uk="Дозвіл на захід просто неба (концерт, фестиваль, ярмарок)",
                   en="Permit for an outdoor event (concert, festival, market)"),
        "summary": T(
            bg="За концерт, фестивал, благотворителен базар, спортно състезание или друго мероприятие на площад, в парк или "
               "на улица е нужно разрешение от кмета. Подайте искането поне 14 дни преди събитието с програмата, мястото, "
               "часовете и мерките за безопасност. Митинги и шествия не се разрешават, а за тях кметът се уведомява "
               "поне 48 часа предварително.",
            pl="Na koncert, festyn, kiermasz charytatywny, zawody sportowe lub inną imprezę na placu, w parku czy na ulicy "
               "potrzebna jest zgoda burmistrza. Złóż wniosek co najmniej 14 dni wcześniej, z programem, miejscem, "
               "godzinami i planem bezpieczeństwa. Zgromadzenia i manifestacje nie wymagają zgody — wystarczy "
               "zawiadomić burmistrza co najmniej 48 godzin wcześniej.",
            uk="Для концерту, фестивалю, благодійного ярмарку, спортивних змагань чи іншого заходу на площі, в парку або на "
               "вулиці потрібен дозвіл міського голови. Подайте заяву щонайменше за 14 днів, із програмою, місцем, "
               "годинами та заходами безпеки. Мітинги й ходи дозволу не потребують — достатньо повідомити міського "
               "голову щонайменше за 48 годин.",
            en="A concert, festival, charity market, sports race or other event in a square, park or street needs the "
               "mayor's permission. Apply at least 14 days ahead with the programme, place, times and safety "
               "arrangements. Demonstrations and marches need no permit: just notify the mayor at least 48 hours ahead.",
        ),
        "who_may_apply": T(
            bg="Граждани, фирми, читалища, училища и сдружения.",
            pl="Mieszkańcy, firmy, domy kultury, szkoły i stowarzyszenia.",
            uk="Мешканці, фірми, культурні центри, школи та громадські об’єднання.",
            en="Residents, businesses, community culture centres, schools and associations.",
        ),
        "legal_basis": legal("public_order_ordinance", "fees_ordinance", extra=(
            act(T(bg="Закон за събранията, митингите и манифестациите", pl="Ustawa o zgromadzeniach, wiecach i manifestacjach",
                  uk="Закон про збори, мітинги та маніфестації", en="Assemblies, Rallies and Demonstrations Act"),
                "", "1990-02-02", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            _application("Искане за разрешение за провеждане на събитие", "Wniosek o zgodę na imprezę",
                         "Заява про дозвіл на проведення заходу", "Application for an event permit"),
            {"name": T(bg="Програма на събитието и схема на мястото", pl="Program imprezy i szkic terenu",
                       uk="Програма заходу та схема місця", en="Event programme and site layout"),
             "note": None, "form": False},
            {"name": T(bg="План за безопасност", pl="Plan bezpieczeństwa", uk="План безпеки", en="Safety plan"),
             "note": T(bg="Охрана, медицинско осигуряване, тоалетни и почистване; при над 500 участници — съгласуван с "
                          "полицията и пожарната.",
                       pl="Ochrona, opieka medyczna, toalety i sprzątanie; przy ponad 500 uczestnikach — uzgodniony "
                          "z policją i strażą pożarną.",
                       uk="Охорона, медичне забезпечення, туалети та прибирання; понад 500 учасників — погоджений із "
                          "поліцією та пожежною службою.",
                       en="Security, first aid, toilets and cleaning; for more than 500 people, agreed with the police "
                          "and fire service."),
             "form": False},
        ],
        "fees": [
            {"variant": T(bg="Разглеждане на искането", pl="Rozpatrzenie wniosku", uk="Розгляд заяви", en="Handling the application"),
             "amount": "0.00", "currency": "EUR", "note": None},
            {"variant": T(bg="Ползване на общинско място — на ден, на кв. м", pl="Zajęcie terenu gminnego — za dzień, za m²",
                          uk="Користування комунальним місцем — за день, за м²", en="Use of municipal space, per day per m²"),
             "amount": "0.26", "currency": "EUR",
             "note": T(bg="Благотворителните събития и тези на училища и читалища не плащат.",
                       pl="Imprezy charytatywne oraz szkół i domów kultury są zwolnione z opłaty.",
                       uk="Благодійні заходи та заходи шкіл і культурних центрів звільнені від плати.",
                       en="Charity events and those of schools and culture centres are free.")},
        ],
        "processing": [
            {"variant": T(bg="Разрешение", pl="Zgoda", uk="Дозвіл", en="Permit"), "days": 7, "working_days": True,
             "note": T(bg="Затова подайте искането поне 14 дни преди събитието.", pl="Dlatego złóż wniosek co najmniej 14 dni wcześniej.",
                       uk="Тому подайте заяву щонайменше за 14 днів до заходу.", en="So apply at least 14 days before the event.")},
        ],
        "in_person": EDUCATION_OFFICE,
        "department": "education",
        "contact": "deputy_mayor_social",
        "online_url": ONLINE + "sabitie-na-otkrito",
        "payment_url": PAYMENT,
        "by_post": BY_POST,
        "result": T(
            bg="Писмено разрешение с мястото, часовете и условията — например до колко часа може да има музика и кои "
               "улици се затварят.",
            pl="Pisemna zgoda z miejscem, godzinami i warunkami — np. do której może grać muzyka i które ulice są zamknięte.",
            uk="Письмовий дозвіл із місцем, годинами та умовами — наприклад, до котрої може грати музика і які вулиці "
               "перекривають.",
            en="A written permit stating the place, hours and conditions, such as how late music may play and which "
               "streets are closed.",
        ),
        "appeal": APPEAL_APK,
        "related": ["cafe-tables-permit", "culture-hall-rental", "noise-waste-complaint"],
    },
    {
        "slug": "culture-hall-rental",
        "category": "education_culture_sport",
        "title": T(bg="Наемане на зала в Общинския културен дом", pl="Wynajem sali w Miejskim Domu Kultury",
                   uk="Оренда залу в Будинку культури", en="Hiring a hall at the Municipal Culture House"),
        "summary": T(
            bg="Голямата зала (320 места), камерната зала (80 места) и залите за репетиции в Общинския културен дом се "
               "наемат за концерти, театрални представления, конференции, абитуриентски тържества и срещи на "
               "сдружения. Сдруженията и училищата от общината ползват 50% намаление.",
            pl="Dużą salę (320 miejsc), salę kameralną (80 miejsc) i sale prób w Miejskim Domu Kultury można wynająć na "
               "koncerty, spektakle, konferencje, studniówki i spotkania stowarzyszeń. Stowarzyszenia i szkoły z gminy "
               "mają 50% zniżki.",
            uk="Великий зал (320 місць), камерний зал (80 місць) і репетиційні зали Будинку культури можна орендувати для "
               "концертів, вистав, конференцій, випускних і зустрічей громадських об’єднань. Об’єднання та школи общини "
               "мають знижку 50%.",
            en="The main hall (320 seats), the chamber hall (80 seats) and the rehearsal rooms at the Municipal Culture "
               "House can be hired for concerts, plays, conferences, school proms and association meetings. Local "
               "associations and schools get 50% off.",
        ),
        "who_may_apply": T(
            bg="Граждани, фирми, читалища, училища и сдружения.",
            pl="Mieszkańcy, firmy, domy kultury, szkoły i stowarzyszenia.",
            uk="Мешканці, фірми, культурні центри, школи та громадські об’єднання.",
            en="Residents, businesses, culture centres, schools and associations.",
        ),
        "legal_basis": legal("municipal_property_act", "fees_ordinance"),
        "documents": [
            _application("Заявка за наемане на зала", "Wniosek o wynajem sali", "Заявка на оренду залу", "Hall booking request"),
            {"name": T(bg="Програма на събитието", pl="Program wydarzenia", uk="Програма заходу", en="Event programme"),
             "note": None, "form": False},
            _registration_certificate(),
        ],
        "fees": [
            _hourly("Голяма зала", "Duża sala", "Великий зал", "Main hall", "60.00"),
            _hourly("Камерна зала", "Sala kameralna", "Камерний зал", "Chamber hall", "25.00"),
            _hourly("Зала за репетиции", "Sala prób", "Репетиційний зал", "Rehearsal room", "10.00"),
        ],
        "processing": [
            {"variant": T(bg="Потвърждение и договор", pl="Potwierdzenie i umowa", uk="Підтвердження та договір",
                          en="Confirmation and agreement"), "days": 5, "working_days": True, "note": None},
        ],
        "in_person": EDUCATION_OFFICE,
        "department": "education",
        "contact": "deputy_mayor_social",
        "online_url": ONLINE + "kulturen-dom-zali",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Договор за наем с датата и часовете; наемът се плаща поне 3 дни преди събитието.",
            pl="Umowa najmu z datą i godzinami; opłatę wnosi się co najmniej 3 dni przed wydarzeniem.",
            uk="Договір оренди з датою та годинами; оплата щонайменше за 3 дні до заходу.",
            en="A hire agreement with the date and hours; payment is due at least 3 days before the event.",
        ),
        "appeal": APPEAL_BOOKING,
        "related": ["sports-hall-booking", "event-permit"],
    },
]
