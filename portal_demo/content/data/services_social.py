"""Demo service cards: social services and health."""

from portal_demo.content.data.common import (
    APPEAL_APK,
    BY_POST,
    COUNCIL,
    NATIONAL_ASSEMBLY,
    ORDINANCES_URL,
    SOCIAL_DESK,
    act,
    legal,
)
from portal_demo.content.text import T

ONLINE = "https://e-uslugi.belorechie.example/sotsialni/"


def _id_card():
    return {
        "name": T(bg="Лична карта", pl="Dowód osobisty", uk="Посвідчення особи", en="Identity card"),
        "note": None, "form": False,
    }


def _telk_decision(note=None):
    return {
        "name": T(bg="Експертно решение на ТЕЛК или НЕЛК", pl="Orzeczenie komisji lekarskiej (TELK) o niepełnosprawności",
                  uk="Рішення медико-соціальної експертної комісії (ТЕЛК)", en="Disability assessment decision (TELK)"),
        "note": note, "form": False,
    }


def _income_declaration():
    return {
        "name": T(bg="Декларация за доходите на семейството за последните 6 месеца",
                  pl="Oświadczenie o dochodach rodziny z ostatnich 6 miesięcy",
                  uk="Декларація про доходи сім’ї за останні 6 місяців",
                  en="Statement of household income for the last 6 months"),
        "note": None, "form": True,
    }


def _free():
    return [{"variant": T(bg="Заявление и разглеждане", pl="Wniosek i rozpatrzenie", uk="Заява та розгляд",
                          en="Application and decision"),
             "amount": "0.00", "currency": "EUR", "note": None}]


SOCIAL_ASSISTANCE_ACT = T(bg="Закон за социалното подпомагане", pl="Ustawa o pomocy społecznej",
                          uk="Закон про соціальну допомогу", en="Social Assistance Act")
SOCIAL_SERVICES_ORDINANCE = act(
    T(bg="Наредба за социалните услуги на територията на община Белоречие",
      pl="Uchwała w sprawie usług społecznych na terenie gminy Białorzecze",
      uk="Положення про соціальні послуги на території общини Білоріччя",
      en="Ordinance on social services in Belorechie Municipality"),
    "14", "2021-02-25", COUNCIL, ORDINANCES_URL + "sotsialni-uslugi",
)

SOCIAL = [
    {
        "slug": "one-off-financial-help",
        "category": "social_health",
        "title": T(bg="Еднократна финансова помощ от общината", pl="Jednorazowa zapomoga z gminy",
                   uk="Одноразова матеріальна допомога від общини", en="One-off financial help from the municipality"),
        "summary": T(
            bg="Общината отпуска еднократна помощ от бюджета си на хора в тежко положение: при скъпо лечение или "
               "операция, пожар, наводнение, смърт на близък или раждане в семейство с ниски доходи. Помощта е до 255 евро "
               "веднъж годишно. Месечните социални помощи и помощите за отопление не се дават от общината, а от Дирекция "
               "„Социално подпомагане“.",
            pl="Gmina przyznaje ze swojego budżetu jednorazową zapomogę osobom w trudnej sytuacji: przy kosztownym leczeniu "
               "lub operacji, pożarze, powodzi, śmierci bliskiej osoby lub narodzinach dziecka w rodzinie o niskich "
               "dochodach. Zapomoga wynosi do 255 euro raz w roku. Stałe zasiłki i dodatek na opał przyznaje nie gmina, "
               "lecz państwowa Dyrekcja Pomocy Społecznej.",
            uk="Община з власного бюджету надає одноразову матеріальну допомогу людям у скрутному становищі: на дороге "
               "лікування чи операцію, після пожежі, повені, смерті близької людини або при народженні дитини в сім’ї з "
               "низьким доходом. Допомога — до 255 євро раз на рік. Щомісячні соціальні допомоги та допомогу на опалення "
               "надає не община, а державна Дирекція соціального захисту.",
            en="The municipality gives one-off financial help from its own budget to people in hardship: expensive "
               "treatment or surgery, a fire, a flood, the death of a relative, or a birth in a low-income family. "
               "The help is up to 255 euro, once a year. Monthly benefits and heating allowances come not from the "
               "municipality but from the state Social Assistance Directorate.",
        ),
        "who_may_apply": T(
            bg="Хора с постоянен адрес в общината от поне една година, чийто доход на член от семейството е под прага, "
               "определен в правилата на общинския съвет.",
            pl="Osoby zameldowane na pobyt stały w gminie od co najmniej roku, których dochód na członka rodziny nie "
               "przekracza progu ustalonego przez radę.",
            uk="Люди з постійною адресою в общині щонайменше рік, чий дохід на члена сім’ї нижчий за поріг, "
               "встановлений радою.",
            en="People whose permanent address has been in the municipality for at least a year and whose income per "
               "family member is below the threshold set by the council.",
        ),
        "legal_basis": [
            act(SOCIAL_ASSISTANCE_ACT, "", "1998-05-19", NATIONAL_ASSEMBLY),
            act(T(bg="Правила за отпускане на еднократна финансова помощ от бюджета на община Белоречие",
                  pl="Zasady przyznawania jednorazowych zapomóg z budżetu gminy Białorzecze",
                  uk="Правила надання одноразової матеріальної допомоги з бюджету общини Білоріччя",
                  en="Rules for one-off financial help from the budget of Belorechie Municipality"),
                "", "2016-02-25", COUNCIL, ORDINANCES_URL + "ednokratna-pomosht"),
        ],
        "documents": [
            {"name": T(bg="Заявление за еднократна финансова помощ", pl="Wniosek o jednorazową zapomogę",
                       uk="Заява про одноразову матеріальну допомогу", en="Application for one-off financial help"),
             "note": None, "form": True},
            _income_declaration(),
            {"name": T(bg="Документи за причината", pl="Dokumenty potwierdzające powód", uk="Документи, що підтверджують причину",
                       en="Papers showing the reason"),
             "note": T(bg="Например медицински документи и сметки, протокол от пожарната, препис-извлечение от акт за смърт.",
                       pl="Np. dokumentacja medyczna i rachunki, protokół straży pożarnej, odpis aktu zgonu.",
                       uk="Наприклад, медичні документи й рахунки, акт пожежної служби, свідоцтво про смерть.",
                       en="Such as medical records and bills, a fire brigade report or a death certificate."),
             "form": False},
            _id_card(),
        ],
        "fees": _free(),
        "processing": [
            {"variant": T(bg="Решение на комисията", pl="Decyzja komisji", uk="Рішення комісії", en="Committee decision"),
             "days": 30, "working_days": False,
             "note": T(bg="Комисията заседава в първата сряда на всеки месец.", pl="Komisja obraduje w pierwszą środę miesiąca.",
                       uk="Комісія засідає в першу середу кожного місяця.", en="The committee meets on the first Wednesday of each month.")},
            {"variant": T(bg="Изплащане", pl="Wypłata", uk="Виплата", en="Payment"), "days": 10, "working_days": True,
             "note": T(bg="По банкова сметка или на касата на общината.", pl="Na konto bankowe lub w kasie urzędu.",
                       uk="На банківський рахунок або в касі общини.", en="To your bank account or at the cash desk.")},
        ],
        "in_person": SOCIAL_DESK,
        "department": "social",
        "contact": "head_social",
        "online_url": ONLINE + "ednokratna-pomosht",
        "payment_url": "",
        "by_post": BY_POST,
        "result": T(
            bg="Писмено решение: отпусната помощ и размерът ѝ или мотивиран отказ.",
            pl="Decyzja na piśmie: przyznana zapomoga i jej wysokość albo odmowa z uzasadnieniem.",
            uk="Письмове рішення: призначена допомога та її розмір або вмотивована відмова.",
            en="A written decision: the help granted and how much, or a refusal with reasons.",
        ),
        "appeal": APPEAL_APK,
        "related": ["home-care", "death-certificate"],
    },
    {
        "slug": "home-care",
        "category": "social_health",
        "title": T(bg="Домашен социален патронаж (топъл обяд и помощ у дома)", pl="Pomoc w domu i obiady z dowozem",
                   uk="Соціальний патронаж удома (гарячі обіди та допомога)", en="Home care and meals on wheels"),
        "summary": T(
            bg="Домашният социален патронаж доставя всеки работен ден топъл обяд у дома и помага на самотни възрастни хора "
               "и хора с увреждания: пазаруване, плащане на сметки, почистване, придружаване до лекар. Ползва се срещу "
               "месечна такса според дохода и броя на дните.",
            pl="Pomoc w domu (opieka środowiskowa) to dowóz ciepłego obiadu w każdy dzień roboczy oraz pomoc dla samotnych "
               "seniorów i osób z niepełnosprawnościami: zakupy, opłacanie rachunków, sprzątanie, towarzyszenie do lekarza. "
               "Płaci się miesięcznie, zależnie od dochodu i liczby dni.",
            uk="Соціальний патронаж удома — це доставка гарячого обіду щоробочого дня та допомога самотнім літнім людям "
               "і людям з інвалідністю: покупки, оплата рахунків, прибирання, супровід до лікаря. Послуга платна, плата "
               "щомісячна й залежить від доходу та кількості днів.",
            en="Home care brings a hot lunch to your door every working day and helps older people living alone and "
               "disabled people with shopping, paying bills, cleaning and getting to the doctor. There is a monthly "
               "charge that depends on income and the number of days.",
        ),
        "who_may_apply": T(
            bg="Възрастни хора и хора с увреждания в общината, които не могат сами да се грижат за себе си; временно — "
               "и хора, които се възстановяват след болница.",
            pl="Seniorzy i osoby z niepełnosprawnościami z gminy, które nie radzą sobie same; czasowo także osoby "
               "wracające do zdrowia po szpitalu.",
            uk="Літні люди та люди з інвалідністю в общині, які не можуть самі про себе подбати; тимчасово — і ті, хто "
               "одужує після лікарні.",
            en="Older and disabled people in the municipality who cannot fully look after themselves, and, for a while, "
               "people recovering after hospital.",
        ),
        "legal_basis": legal("social_services_act", "fees_ordinance", extra=(dict(SOCIAL_SERVICES_ORDINANCE),)),
        "documents": [
            {"name": T(bg="Заявление за ползване на домашен социален патронаж", pl="Wniosek o pomoc w domu",
                       uk="Заява про соціальний патронаж удома", en="Application for home care"),
             "note": None, "form": True},
            _id_card(),
            _telk_decision(T(bg="Ако имате.", pl="Jeśli je masz.", uk="Якщо є.", en="If you have one.")),
            _income_declaration(),
        ],
        "fees": [
            {"variant": T(bg="Топъл обяд — на ден", pl="Ciepły obiad — za dzień", uk="Гарячий обід — за день",
                          en="Hot lunch, per day"), "amount": "2.30", "currency": "EUR",
             "note": T(bg="Хората с доход под линията на бедност плащат половината.",
                       pl="Osoby o dochodach poniżej progu ubóstwa płacą połowę.",
                       uk="Люди з доходом нижче межі бідності платять половину.",
                       en="People with income below the poverty line pay half.")},
            {"variant": T(bg="Помощ в домакинството — на час", pl="Pomoc w domu — za godzinę",
                          uk="Допомога по господарству — за годину", en="Help at home, per hour"),
             "amount": "1.53", "currency": "EUR", "note": None},
        ],
        "processing": [
            {"variant": T(bg="Оценка на нуждите и договор", pl="Ocena potrzeb i umowa", uk="Оцінка потреб і договір",
                          en="Needs assessment and agreement"), "days": 14, "working_days": False,
             "note": T(bg="Социален работник ви посещава у дома.", pl="Pracownik socjalny odwiedza cię w domu.",
                       uk="Соціальний працівник відвідує вас удома.", en="A social worker visits you at home.")},
            {"variant": T(bg="Първа доставка на обяд", pl="Pierwszy dowóz obiadu", uk="Перша доставка обіду",
                          en="First lunch delivered"), "days": 1, "working_days": True,
             "note": T(bg="В работния ден след подписване на договора.", pl="W dniu roboczym po podpisaniu umowy.",
                       uk="Наступного робочого дня після підписання договору.", en="The working day after you sign.")},
        ],
        "in_person": SOCIAL_DESK,
        "department": "social",
        "contact": "head_social",
        "online_url": "",
        "payment_url": "",
        "by_post": BY_POST,
        "result": T(
            bg="Договор за ползване на услугата; обядът идва в работните дни, а помощта у дома — по уговорен график.",
            pl="Umowa o świadczenie usługi; obiad przyjeżdża w dni robocze, a pomoc w domu — według ustalonego grafiku.",
            uk="Договір про надання послуги; обід привозять у робочі дні, а допомогу вдома — за узгодженим графіком.",
            en="An agreement for the service; lunch comes on working days and help at home on an agreed schedule.",
        ),
        "appeal": APPEAL_APK,
        "related": ["personal-assistant", "one-off-financial-help", "disabled-parking-card"],
    },
    {
        "slug": "personal-assistant",
        "category": "social_health",
        "title": T(bg="Личен асистент за човек с увреждане", pl="Asystent osobisty osoby z niepełnosprawnością",
                   uk="Особистий асистент для людини з інвалідністю", en="Personal assistant for a disabled person"),
        "summary": T(
            bg="Хората с трайни увреждания, които се нуждаят от чужда помощ, може да получат личен асистент — човек, "
               "нает от общината, който им помага у дома и навън, до 168 часа месечно. Асистент може да бъде и член на "
               "семейството. Броят часове определя Дирекция „Социално подпомагане“, а общината сключва трудов договор "
               "с асистента и плаща заплатата му.",
            pl="Osoby z trwałą niepełnosprawnością, które potrzebują pomocy innych, mogą otrzymać asystenta osobistego — "
               "osobę zatrudnioną przez gminę, która pomaga w domu i poza nim, do 168 godzin miesięcznie. Asystentem może "
               "być też członek rodziny. Liczbę godzin ustala Dyrekcja Pomocy Społecznej, a gmina zatrudnia asystenta "
               "i wypłaca mu wynagrodzenie.",
            uk="Люди зі стійкою інвалідністю, яким потрібна стороння допомога, можуть отримати особистого асистента — "
               "людину, найняту общиною, яка допомагає вдома й поза домом, до 168 годин на місяць. Асистентом може бути "
               "і член сім’ї. Кількість годин визначає Дирекція соціального захисту, а община укладає з асистентом "
               "трудовий договір і платить йому зарплату.",
            en="People with long-term disabilities who need help from others can get a personal assistant: someone "
               "employed by the municipality to help them at home and outside, up to 168 hours a month. A family member "
               "can be the assistant. The Social Assistance Directorate sets the hours; the municipality employs the "
               "assistant and pays the salary.",
        ),
        "who_may_apply": T(
            bg="Деца и възрастни с трайни увреждания и определена от ТЕЛК или НЕЛК чужда помощ, които живеят в общината.",
            pl="Dzieci i dorośli z trwałą niepełnosprawnością, u których komisja lekarska orzekła potrzebę pomocy innych "
               "osób, mieszkający w gminie.",
            uk="Діти й дорослі зі стійкою інвалідністю, яким комісія ТЕЛК визначила потребу в сторонній допомозі, що "
               "проживають в общині.",
            en="Children and adults living in the municipality with a long-term disability for which the medical board "
               "has found that they need help from others.",
        ),
        "legal_basis": legal("disabilities_act", extra=(
            act(T(bg="Закон за личната помощ", pl="Ustawa o pomocy osobistej", uk="Закон про особисту допомогу",
                  en="Personal Assistance Act"), "", "2018-12-30", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            {"name": T(bg="Заявление за ползване на лична помощ", pl="Wniosek o asystenta osobistego",
                       uk="Заява про надання особистої допомоги", en="Application for personal assistance"),
             "note": None, "form": True},
            _telk_decision(T(bg="С определена чужда помощ.", pl="Z orzeczoną potrzebą pomocy innych osób.",
                             uk="З визначеною потребою в сторонній допомозі.", en="Stating that you need help from others.")),
            {"name": T(bg="Направление от Дирекция „Социално подпомагане“ с броя часове",
                       pl="Skierowanie z Dyrekcji Pomocy Społecznej z liczbą godzin",
                       uk="Направлення з Дирекції соціального захисту з кількістю годин",
                       en="Referral from the Social Assistance Directorate stating the hours"),
             "note": T(bg="Ако още нямате — подайте заявлението при нас и ние ще го изпратим там.",
                       pl="Jeśli jeszcze go nie masz — złóż wniosek u nas, a my go tam przekażemy.",
                       uk="Якщо його ще немає — подайте заяву в нас, і ми передамо її туди.",
                       en="If you do not have one yet, apply here and we will forward your application."),
             "form": False},
            {"name": T(bg="Лична карта и съгласие на избрания асистент", pl="Dowód osobisty i zgoda wybranego asystenta",
                       uk="Посвідчення особи та згода обраного асистента", en="Identity card and consent of the chosen assistant"),
             "note": None, "form": True},
        ],
        "fees": _free(),
        "processing": [
            {"variant": T(bg="Трудов договор с асистента", pl="Umowa o pracę z asystentem", uk="Трудовий договір з асистентом",
                          en="Employment contract with the assistant"), "days": 7, "working_days": True,
             "note": T(bg="След като получим направлението.", pl="Od otrzymania skierowania.", uk="Після отримання направлення.",
                       en="Once we have the referral.")},
        ],
        "in_person": SOCIAL_DESK,
        "department": "social",
        "contact": "head_social",
        "online_url": ONLINE + "lichen-asistent",
        "payment_url": "",
        "by_post": BY_POST,
        "result": T(
            bg="Трудов договор между общината и асистента и график на часовете за помощ.",
            pl="Umowa o pracę między gminą a asystentem i grafik godzin pomocy.",
            uk="Трудовий договір між общиною та асистентом і графік годин допомоги.",
            en="An employment contract between the municipality and the assistant, and a schedule of hours.",
        ),
        "appeal": APPEAL_APK,
        "related": ["home-care", "disabled-parking-card"],
    },
    {
        "slug": "disabled-parking-card",
        "category": "social_health",
        "title": T(bg="Карта за паркиране за хора с увреждания", pl="Karta parkingowa dla osoby z niepełnosprawnością",
                   uk="Паркувальна картка для людей з інвалідністю", en="Disabled parking card (blue badge)"),
        "summary": T(
            bg="Картата за паркиране (често я наричат „инвалидна карта“ за колата) дава право да паркирате на местата "
               "за хора с увреждания и безплатно в синята зона на Белоречие. Издава се безплатно по европейски образец и "
               "важи в целия Европейски съюз.",
            pl="Karta parkingowa dla osoby niepełnosprawnej (tzw. niebieska karta) uprawnia do parkowania na kopertach "
               "dla osób z niepełnosprawnościami i do bezpłatnego parkowania w niebieskiej strefie Białorzecza. Jest "
               "bezpłatna, według wzoru unijnego, i ważna w całej Unii Europejskiej.",
            uk="Паркувальна картка (у побуті — «інвалідна картка» для авто) дає право ставити машину на місцях для людей "
               "з інвалідністю і безкоштовно паркуватися в синій зоні Білоріччя. Видається безкоштовно за зразком ЄС і "
               "діє в усьому Європейському Союзі.",
            en="The parking card (blue badge) lets you park in spaces reserved for disabled people and park free in "
               "Belorechie's blue zone. It is free, follows the EU model and is valid throughout the European Union.",
        ),
        "who_may_apply": T(
            bg="Хора с постоянен адрес в общината с решение на ТЕЛК за трайно увреждане на опорно-двигателния апарат "
               "или на зрението; за дете — родителите му.",
            pl="Osoby zameldowane w gminie z orzeczeniem komisji lekarskiej o trwałej niepełnosprawności narządu ruchu "
               "lub wzroku; za dziecko — rodzice.",
            uk="Люди з постійною адресою в общині з рішенням ТЕЛК про стійке порушення опорно-рухового апарату або "
               "зору; за дитину — батьки.",
            en="People whose permanent address is in the municipality and whose disability assessment shows a lasting "
               "impairment of mobility or sight; parents apply for a child.",
        ),
        "legal_basis": legal("road_traffic_act", "disabilities_act", extra=(
            act(T(bg="Наредба за организацията на движението и паркирането на територията на община Белоречие",
                  pl="Uchwała w sprawie organizacji ruchu i parkowania na terenie gminy Białorzecze",
                  uk="Положення про організацію дорожнього руху та паркування на території общини Білоріччя",
                  en="Ordinance on traffic and parking in Belorechie Municipality"),
                "7", "2012-09-27", COUNCIL, ORDINANCES_URL + "parkirane"),
        )),
        "documents": [
            {"name": T(bg="Заявление за карта за паркиране", pl="Wniosek o kartę parkingową", uk="Заява про паркувальну картку",
                       en="Application for a parking card"), "note": None, "form": True},
            _telk_decision(T(bg="Копие; оригиналът се показва.", pl="Kopia; oryginał do wglądu.",
                             uk="Копія; оригінал показуєте.", en="A copy; show the original.")),
            {"name": T(bg="Снимка 3,5 × 4,5 см", pl="Zdjęcie 3,5 × 4,5 cm", uk="Фото 3,5 × 4,5 см", en="Photo, 3.5 × 4.5 cm"),
             "note": None, "form": False},
            _id_card(),
        ],
        "fees": [{"variant": T(bg="Издаване на картата", pl="Wydanie karty", uk="Видача картки", en="Issuing the card"),
                  "amount": "0.00", "currency": "EUR", "note": None}],
        "processing": [
            {"variant": T(bg="Издаване на картата", pl="Wydanie karty", uk="Видача картки", en="Issuing the card"),
             "days": 7, "working_days": True, "note": None},
        ],
        "in_person": SOCIAL_DESK,
        "department": "social",
        "contact": "head_social",
        "online_url": ONLINE + "karta-parkirane",
        "payment_url": "",
        "by_post": None,
        "result": T(
            bg="Карта за паркиране по образец на ЕС, валидна за срока на решението на ТЕЛК. Поставя се зад предното стъкло "
               "така, че лицевата ѝ страна да се вижда.",
            pl="Karta parkingowa według wzoru UE, ważna przez okres orzeczenia. Umieszcza się ją za przednią szybą tak, "
               "by była widoczna jej przednia strona.",
            uk="Паркувальна картка за зразком ЄС, дійсна на строк рішення ТЕЛК. Її кладуть за лобовим склом лицьовим "
               "боком назовні.",
            en="An EU-model parking card valid for as long as the disability decision. Display it behind the windscreen "
               "with the front side visible.",
        ),
        "appeal": APPEAL_APK,
        "related": ["personal-assistant", "home-care"],
    },
]
